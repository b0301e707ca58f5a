/**
 * The HTML pane: the built page in a frame. A new version loads in a
 * second, hidden frame and takes the place of the shown one once loaded,
 * scrolled to where the reader was, so a rebuild neither flashes nor jumps.
 */
import { useEffect, useRef, useState } from 'react';

/** Shows `/out/index.html` at `version`. */
export function HtmlPane({ version, frameRef }: { version: string | undefined; frameRef: (frame: HTMLIFrameElement | null) => void }) {
  const [shown, setShown] = useState<string>();
  const [next, setNext] = useState<string>();
  const frames = useRef(new Map<string, HTMLIFrameElement>());

  useEffect(() => {
    if (version !== undefined && version !== shown) setNext(version);
  }, [version, shown]);

  const loaded = (loadedVersion: string) => {
    if (loadedVersion !== next) return;
    const from = shown === undefined ? undefined : frames.current.get(shown)?.contentWindow;
    const to = frames.current.get(loadedVersion)?.contentWindow;
    try {
      if (from && to) to.scrollTo(from.scrollX, from.scrollY);
    } catch {
      // The old frame shows another site (a followed link): nothing to keep.
    }
    setShown(loadedVersion);
    setNext(undefined);
  };

  const versions = [shown, next].filter((v): v is string => v !== undefined);
  if (versions.length === 0) return <p className="pane-empty">Waiting for the first build…</p>;
  return (
    <div className="html-frames">
      {versions.map((v) => (
        <iframe
          key={v}
          ref={(frame) => {
            if (frame) frames.current.set(v, frame);
            else frames.current.delete(v);
            if (v === shown) frameRef(frame);
          }}
          src={`/out/index.html?v=${v}`}
          title="HTML version of the issue"
          className={v === shown ? 'html-frame current' : 'html-frame incoming'}
          aria-hidden={v === shown ? undefined : true}
          tabIndex={v === shown ? undefined : -1}
          sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          data-version={v}
          onLoad={() => loaded(v)}
        />
      ))}
    </div>
  );
}

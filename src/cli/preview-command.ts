export async function previewCommand(_values: Record<string, unknown>, _positionals: string[]): Promise<number> { return 2; }

export async function checkCommand(_values: Record<string, unknown>, _positionals: string[]): Promise<number> { return 2; }

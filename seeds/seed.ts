export async function seedDemo(_p: unknown): Promise<Record<string, number>> { return {}; }

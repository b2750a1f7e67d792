export function startNodeFlags(appDir?: string): string[];

export function startNodeFlags(appDir?: string): string[];
export function startNextFlags(appDir?: string): string[];

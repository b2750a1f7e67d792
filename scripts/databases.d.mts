export function databaseNameOf(url: string): string;
export function databaseUrlFor(serverUrl: string, name: string): string;
export function createFreshDatabase(serverUrl: string, name: string): Promise<string>;
export function dropDatabase(serverUrl: string, name: string): Promise<void>;
export function databaseNames(serverUrl: string): Promise<string[]>;

export interface HealthResponse {
  status: 'ok' | 'unavailable';
  version: string;
  database: {
    dialect: 'sqlite' | 'postgres';
    reachable: boolean;
    /** Name of the newest applied migration, or null when none or unreachable. */
    schemaVersion: string | null;
  };
}

import packageJson from '../../package.json';

/** The version users see in About and `--version`, from package.json at build time. */
export const APP_VERSION: string = packageJson.version;

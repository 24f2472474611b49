/**
 * The TaxonomyRelease rows imports write: title, licence and the attribution text each licence
 * requires, worded exactly as the data's README gives it (O*NET's with this project's name).
 */
import type { ReleaseRecord } from './types.js';

export const PROJECT_NAME = 'Talent Marketplace';

/** O*NET's required attribution (CC BY 4.0) for a database release, e.g. 29.0. */
export function onetAttribution(version: string): string {
  return (
    `This product includes information from the O*NET ${version} Database by the U.S. Department of Labor, ` +
    'Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a ' +
    `trademark of USDOL/ETA. ${PROJECT_NAME} has modified all or some of this information. USDOL/ETA has not ` +
    'approved, endorsed, or tested these modifications.'
  );
}

export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';

const ONET_URL = 'https://www.onetcenter.org/database.html';

export function onetReleases(version: string): ReleaseRecord[] {
  const common = { version, licence: 'CC BY 4.0', url: ONET_URL, attribution: onetAttribution(version) };
  return [
    { scheme: 'ONET', title: `O*NET ${version} Database`, ...common },
    { scheme: 'ONET_TECH', title: `O*NET ${version} Technology Skills`, ...common },
  ];
}

export function escoRelease(version: string): ReleaseRecord {
  return {
    scheme: 'ESCO',
    version,
    title: `ESCO v${version}`,
    licence: 'European Commission reuse policy (Decision 2011/833/EU)',
    url: 'https://esco.ec.europa.eu/',
    attribution: ESCO_ATTRIBUTION,
  };
}

/**
 * The military crosswalk is an O*NET product (CC BY 4.0), so it is credited to O*NET, as a
 * release of its own under the ONET scheme: `military-crosswalk:<file name>`.
 */
export function crosswalkRelease(fileStem: string, onetVersion = '29.0'): ReleaseRecord {
  return {
    scheme: 'ONET',
    version: `military-crosswalk:${fileStem}`,
    title: `O*NET Military Crosswalk (${fileStem})`,
    licence: 'CC BY 4.0',
    url: 'https://www.onetcenter.org/crosswalks.html',
    attribution: onetAttribution(onetVersion),
  };
}

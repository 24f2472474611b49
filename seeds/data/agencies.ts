/**
 * Demo agencies, hand-written. Real US federal agencies: CGAC codes for departments and
 * independent agencies, sub-tier codes (as used by USAspending/FPDS) for bureaus.
 */
import type { SeedAgency } from '../types.js';

export const agencies: SeedAgency[] = [
  { code: '097', abbreviation: 'DOD', name: 'Department of Defense' },
  { code: '1700', abbreviation: 'USN', name: 'Department of the Navy', parentCode: '097' },
  { code: '2100', abbreviation: 'USA', name: 'Department of the Army', parentCode: '097' },
  { code: '5700', abbreviation: 'USAF', name: 'Department of the Air Force', parentCode: '097' },

  { code: '080', abbreviation: 'NASA', name: 'National Aeronautics and Space Administration' },
  { code: '047', abbreviation: 'GSA', name: 'General Services Administration' },
  { code: '024', abbreviation: 'OPM', name: 'Office of Personnel Management' },
  { code: '036', abbreviation: 'VA', name: 'Department of Veterans Affairs' },

  { code: '070', abbreviation: 'DHS', name: 'Department of Homeland Security' },
  {
    code: '7052',
    abbreviation: 'CISA',
    name: 'Cybersecurity and Infrastructure Security Agency',
    parentCode: '070',
  },
  { code: '7022', abbreviation: 'FEMA', name: 'Federal Emergency Management Agency', parentCode: '070' },

  { code: '020', abbreviation: 'TREAS', name: 'Department of the Treasury' },
  { code: '2050', abbreviation: 'IRS', name: 'Internal Revenue Service', parentCode: '020' },

  { code: '075', abbreviation: 'HHS', name: 'Department of Health and Human Services' },
  { code: '7523', abbreviation: 'CDC', name: 'Centers for Disease Control and Prevention', parentCode: '075' },
  { code: '7529', abbreviation: 'NIH', name: 'National Institutes of Health', parentCode: '075' },

  { code: '013', abbreviation: 'DOC', name: 'Department of Commerce' },
  {
    code: '1330',
    abbreviation: 'NOAA',
    name: 'National Oceanic and Atmospheric Administration',
    parentCode: '013',
  },
  { code: '1323', abbreviation: 'CENSUS', name: 'U.S. Census Bureau', parentCode: '013' },
  { code: '1341', abbreviation: 'NIST', name: 'National Institute of Standards and Technology', parentCode: '013' },

  { code: '089', abbreviation: 'DOE', name: 'Department of Energy' },
  { code: '019', abbreviation: 'DOS', name: 'Department of State' },
  { code: '014', abbreviation: 'DOI', name: 'Department of the Interior' },
  { code: '1434', abbreviation: 'USGS', name: 'U.S. Geological Survey', parentCode: '014' },
  { code: '012', abbreviation: 'USDA', name: 'Department of Agriculture' },
  { code: '091', abbreviation: 'ED', name: 'Department of Education' },
  { code: '049', abbreviation: 'NSF', name: 'National Science Foundation' },
  { code: '073', abbreviation: 'SBA', name: 'Small Business Administration' },
];

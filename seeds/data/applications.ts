/**
 * Demo applications, so a hiring manager sees applicants and a supervisor has something to
 * approve on a fresh start. People by employee ID, openings by key; statements are illustrative.
 */
import type { SeedApplication } from '../types.js';

/** Home supervisors (employee ID → the supervisor's employee ID, same agency). */
export const supervisors: Record<string, string> = {
  'GSA-122071': 'GSA-118544',
  'GSA-120933': 'GSA-118544',
};

export const applications: SeedApplication[] = [
  {
    person: 'NIH-451903',
    opening: 'nasa-artemis-telemetry-pipeline',
    statement:
      'I run Spark pipelines over clinical time-series data at NIH and would bring the same data-quality automation to telemetry.',
    status: 'SUBMITTED',
    supervisorApproval: 'PENDING',
  },
  {
    person: 'CENSUS-310482',
    opening: 'nasa-artemis-telemetry-pipeline',
    statement: 'Survey processing at Census is a large batch pipeline; I have automated its quality checks in Python.',
    status: 'SHORTLISTED',
    supervisorApproval: 'APPROVED',
  },
  {
    person: 'CISA-600873',
    opening: 'usaf-cyber-threat-hunting-rotation',
    statement: 'Two years of hunt operations on federal civilian networks; I want the DoD side of the picture.',
    status: 'SUBMITTED',
    supervisorApproval: 'PENDING',
  },
  {
    person: 'GSA-122071',
    opening: 'opm-skills-based-hiring-fellowship',
    statement: 'I design the screens people use to apply; I would like to help design the assessments behind them.',
    status: 'SUBMITTED',
    supervisorApproval: 'PENDING',
  },
];

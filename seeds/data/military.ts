/**
 * Demo military occupation codes with their civilian O*NET occupations, so MilGears-style import
 * (`skillProposals(source: { militaryCode: "IT" })`) works on a fresh `npm start` without the
 * official crosswalk. Codes, titles and O*NET-SOC links follow O*NET's military crosswalk; the
 * ratings are hand-written approximations in O*NET's scales (importance 1–5, level 0–7) over the
 * seed's skills, not O*NET's published figures: import the real O*NET and crosswalk for those.
 */
import type { SeedMilitaryOccupation, SeedOccupation } from '../types.js';

const im = (skill: string, importance: number, level: number) => ({ skill: `ONET:${skill}`, importance, level });
const tech = (example: string, flags: { hot?: boolean; inDemand?: boolean }) => ({ skill: `ONET_TECH:${example}`, ...flags });

export const occupations: SeedOccupation[] = [
  {
    code: '15-1244.00',
    title: 'Network and Computer Systems Administrators',
    ratings: [
      im('2.B.3.k', 4.1, 4.4), // Troubleshooting
      im('2.A.2.a', 4.0, 4.1), // Critical Thinking
      im('2.B.4.g', 3.9, 4.3), // Systems Analysis
      im('2.B.4.h', 3.8, 4.1), // Systems Evaluation
      im('2.B.2.i', 3.9, 4.2), // Complex Problem Solving
      im('2.A.2.d', 3.6, 3.9), // Monitoring
      im('2.A.1.a', 3.8, 4.0), // Reading Comprehension
      im('2.B.4.e', 3.6, 3.9), // Judgment and Decision Making
      im('2.B.3.e', 2.9, 3.1), // Programming: below the importance cut, not proposed
      im('2.C.3.a', 4.6, 5.3), // Computers and Electronics
      im('2.C.3.b', 3.4, 3.9), // Engineering and Technology
      tech('43233004|Linux', { hot: true, inDemand: true }),
      tech('43232402|Microsoft PowerShell', { hot: true, inDemand: true }),
      tech('43231511|Ansible software', { hot: true }),
      tech('43232402|Microsoft Azure software', { hot: true, inDemand: true }),
      tech('43232306|ServiceNow', { hot: true }),
      tech('43232801|Wireshark', {}), // neither hot nor in demand: not proposed
    ],
  },
  {
    code: '15-1232.00',
    title: 'Computer User Support Specialists',
    ratings: [
      im('2.B.3.k', 3.9, 3.7), // Troubleshooting
      im('2.A.1.d', 3.9, 3.7), // Speaking
      im('2.A.1.a', 3.8, 3.6), // Reading Comprehension
      im('2.A.2.a', 3.8, 3.6), // Critical Thinking
      im('2.B.1.e', 3.4, 3.4), // Instructing
      im('2.B.2.i', 3.5, 3.4), // Complex Problem Solving
      im('2.C.3.a', 4.4, 4.6), // Computers and Electronics
      tech('43232306|ServiceNow', { hot: true, inDemand: true }),
      tech('43233513|Microsoft SharePoint', { hot: true }),
      tech('43232110|Microsoft Excel', { hot: true, inDemand: true }),
    ],
  },
  {
    code: '15-1231.00',
    title: 'Computer Network Support Specialists',
    ratings: [
      im('2.B.3.k', 4.0, 4.0), // Troubleshooting
      im('2.A.2.d', 3.6, 3.6), // Monitoring
      im('2.B.4.g', 3.5, 3.7), // Systems Analysis
      im('2.A.2.a', 3.7, 3.7), // Critical Thinking
      im('2.C.3.a', 4.5, 4.9), // Computers and Electronics
      im('2.C.3.b', 3.2, 3.5), // Engineering and Technology
      tech('43233004|Linux', { hot: true, inDemand: true }),
      tech('43232801|Wireshark', { hot: true }),
      tech('43233205|Nmap', { hot: true }),
    ],
  },
  {
    code: '15-1212.00',
    title: 'Information Security Analysts',
    ratings: [
      im('2.A.2.a', 4.1, 4.4), // Critical Thinking
      im('2.B.2.i', 4.0, 4.4), // Complex Problem Solving
      im('2.B.4.g', 3.9, 4.3), // Systems Analysis
      im('2.B.4.h', 3.9, 4.2), // Systems Evaluation
      im('2.A.2.d', 3.8, 4.0), // Monitoring
      im('2.B.3.k', 3.7, 4.0), // Troubleshooting
      im('2.A.1.c', 3.5, 3.8), // Writing
      im('2.C.3.a', 4.7, 5.5), // Computers and Electronics
      im('2.C.8.a', 4.0, 4.5), // Public Safety and Security
      im('2.C.8.b', 3.2, 3.4), // Law and Government
      tech('43232806|Splunk Enterprise', { hot: true, inDemand: true }),
      tech('43233205|Tenable Nessus', { hot: true }),
      tech('43233205|Nmap', { hot: true }),
      tech('43232801|Wireshark', { hot: true, inDemand: true }),
      tech('43232405|Python', { hot: true, inDemand: true }),
    ],
  },
  {
    code: '13-1081.00',
    title: 'Logisticians',
    ratings: [
      im('2.B.5.c', 4.0, 4.3), // Management of Material Resources
      im('2.B.1.b', 3.9, 4.0), // Coordination
      im('2.A.2.a', 3.9, 4.0), // Critical Thinking
      im('2.B.4.e', 3.8, 4.0), // Judgment and Decision Making
      im('2.A.2.d', 3.6, 3.7), // Monitoring
      im('2.B.1.d', 3.2, 3.4), // Negotiation
      im('2.C.1.a', 3.9, 4.2), // Administration and Management
      im('2.C.1.c', 3.2, 3.5), // Economics and Accounting
      tech('43231602|SAP software', { hot: true, inDemand: true }),
      tech('43232110|Microsoft Excel', { hot: true, inDemand: true }),
      tech('43231507|Microsoft Project', { hot: true }),
    ],
  },
  {
    code: '29-2042.00',
    title: 'Emergency Medical Technicians',
    ratings: [
      im('2.B.4.e', 4.1, 4.1), // Judgment and Decision Making
      im('2.A.2.d', 4.0, 3.9), // Monitoring
      im('2.A.2.a', 4.0, 3.9), // Critical Thinking
      im('2.B.1.b', 3.6, 3.5), // Coordination
      im('2.A.1.d', 3.7, 3.5), // Speaking
      im('2.C.5.a', 4.3, 4.4), // Medicine and Dentistry
      im('2.C.8.a', 3.9, 4.0), // Public Safety and Security
      im('2.C.4.d', 3.0, 3.1), // Biology
    ],
  },
];

export const militaryOccupations: SeedMilitaryOccupation[] = [
  {
    branch: 'NAVY',
    code: 'IT',
    title: 'Information Systems Technician',
    occupations: ['15-1244.00', '15-1232.00', '15-1231.00'],
  },
  { branch: 'ARMY', code: '25B', title: 'Information Technology Specialist', occupations: ['15-1244.00', '15-1232.00'] },
  {
    branch: 'AIR_FORCE',
    code: '1D7X1',
    title: 'Cyber Defense Operations',
    occupations: ['15-1212.00', '15-1244.00', '15-1231.00'],
  },
  { branch: 'ARMY', code: '17C', title: 'Cyber Operations Specialist', occupations: ['15-1212.00'] },
  { branch: 'MARINE_CORPS', code: '0651', title: 'Cyber Network Operator', occupations: ['15-1231.00', '15-1244.00'] },
  { branch: 'NAVY', code: 'LS', title: 'Logistics Specialist', occupations: ['13-1081.00'] },
  { branch: 'ARMY', code: '68W', title: 'Combat Medic Specialist', occupations: ['29-2042.00'] },
];

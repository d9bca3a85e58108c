import type { Patient, Practitioner, RelatedPerson } from '@medplum/fhirtypes';

/** A synthetic client with one of every chart identifier the dictionary reads. */
export const patient: Patient = {
  resourceType: 'Patient',
  id: 'p-test',
  identifier: [
    {
      type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] },
      value: 'MRN-0048213',
    },
    { system: 'http://hl7.org/fhir/sid/us-ssn', value: '512-44-9023' },
    { type: { coding: [{ code: 'MB' }] }, value: 'XJH447120558' },
    { type: { coding: [{ code: 'AN' }] }, value: 'ACCT-55190-22' },
    { type: { coding: [{ code: 'DL' }] }, value: 'D4471-20938-11' },
  ],
  name: [
    { use: 'official', family: 'López', given: ['María', 'Elena'] },
    { use: 'nickname', given: ['Malena'] },
  ],
  telecom: [
    { system: 'phone', value: '(937) 555-0142' },
    { system: 'fax', value: '937-555-0143' },
    { system: 'email', value: 'maria.lopez84@gmail.com' },
  ],
  birthDate: '1984-03-07',
  address: [{ line: ['4417 Maple Street', 'Apt 2B'], city: 'Dayton', state: 'OH', postalCode: '45402' }],
};

export const relatedPersons: RelatedPerson[] = [
  {
    resourceType: 'RelatedPerson',
    id: 'r-sister',
    patient: { reference: 'Patient/p-test' },
    name: [{ family: 'López', given: ['Ana'] }],
    telecom: [{ system: 'phone', value: '937.555.0199' }],
  },
  {
    resourceType: 'RelatedPerson',
    id: 'r-husband',
    patient: { reference: 'Patient/p-test' },
    name: [{ family: 'Reyes', given: ['Guillermo'] }],
  },
  {
    resourceType: 'RelatedPerson',
    id: 'r-son',
    patient: { reference: 'Patient/p-test' },
    name: [{ family: 'Reyes', given: ['Robert'] }],
  },
];

export const practitioners: Practitioner[] = [
  { resourceType: 'Practitioner', id: 'pr-test', name: [{ prefix: ['Dr.'], family: 'Whitfield', given: ['Sarah'] }] },
];

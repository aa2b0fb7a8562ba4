import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { Harness, problemTexts } from './harness';
import { seedBasics } from './seed';

describe('rows that cannot be imported', () => {
  const tempDir = useTempDir();

  it('names the row, the column and the problem for every bad cell, and writes nothing', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const before = h.contentHash();
    const csv = [
      'Code,Title,Type,Status,Customer,Supplier,Services,Start date,End date,Notice period (days),Review cadence (months)',
      'AGR-030,Good row,SLA,Agreed,Acme Retail,,Web hosting,2026-01-01,2026-12-31,30,12',
      'AGR-031,Typo in customer,SLA,Agreed,Acme Retial,,,,,,',
      'AGR-032,Bad type,Handshake,Agreed,Acme Retail,,,,,,',
      'AGR-033,Bad dates,SLA,Agreed,Acme Retail,,,31/12/2026,next week,,',
      'AGR-034,Bad numbers,SLA,Agreed,Acme Retail,,,,,thirty,1.5',
      'AGR-035,Ends before it starts,SLA,Agreed,CUS-001,,,2026-06-01,2026-01-01,,',
      'AGR-036,SLA without customer,SLA,Agreed,,,,,,,',
      'AGR-037,Contract with internal supplier,Contract,Agreed,,Group IT,,,,,',
      ',,SLA,Agreed,CUS-001,,,,,,',
      'AGR-039,Unknown services,OLA,Draft,,SUP-002,"Web hosting; Mail; SVC-404",,,,',
      'AGR-040,Impossible date,Other,Draft,,,,2026-02-30,,,',
      'AGR-041,Ambiguous thousands,Other,Draft,,,,,,"1,000",',
    ].join('\r\n');
    const report = await h.import('agreements', csv);
    expect(report.applied).toBe(false);
    expect(problemTexts(report)).toEqual([
      'Row 3, column "Customer": no customer with code or name "Acme Retial"',
      'Row 4, column "Type": "Handshake" is not a type of agreement Clausebook knows; use SLA, OLA, Contract or Other.',
      'Row 5, column "Start date": "31/12/2026" could be read as day/month or month/day; write dates as YYYY-MM-DD, e.g. 2026-03-31.',
      'Row 5, column "End date": "next week" is not a date; write dates as YYYY-MM-DD, e.g. 2026-03-31.',
      'Row 6, column "Notice period (days)": "thirty" is not a number.',
      'Row 7, column "End date": The end date is before the start date.',
      'Row 8, column "Customer": An SLA is agreed with a customer: choose one.',
      'Row 9, column "Supplier": A contract is made with an external supplier; for an internal supplier or a customer acting as a supplier, record an OLA.',
      'Row 10, column "Title": Enter the agreement title.',
      'Row 11, column "Services": no service with code or name "Mail"; no service with code or name "SVC-404"',
      'Row 12, column "Start date": This date does not exist in the calendar.',
      'Row 13, column "Notice period (days)": "1,000" could be a thousands separator or a decimal comma; write it without the comma, or with a decimal point.',
    ]);
    expect(report.problemCount).toBe(12);
    expect(report.problems[0]).toEqual({
      kind: 'row',
      row: 3,
      column: 'Customer',
      message: 'no customer with code or name "Acme Retial"',
      text: 'Row 3, column "Customer": no customer with code or name "Acme Retial"',
    });
    // The good row would create a record, but nothing is written while any row is bad.
    expect(report.counts.create).toBe(1);
    expect(h.contentHash()).toBe(before);
    h.close();
  });

  it("reports schema rules for fields the file does not have, and whole-number rules, with the forms' messages", async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const report = await h.import(
      'suppliers',
      [
        'Name,Kind,Risk rating,Review cadence (months)',
        'Acme as supplier,Customer acting as a supplier,Low,',
        'Vendor,external,Low,1.5',
        'Other vendor,external,extreme,',
      ].join('\n'),
    );
    expect(problemTexts(report)).toEqual([
      'Row 2, column "Customer" (not in the file): Choose the customer that acts as this supplier.',
      'Row 3, column "Review cadence (months)": The review cadence must be a whole number of months.',
      'Row 4, column "Risk rating": "extreme" is not a risk rating Clausebook knows; use Low, Medium or High.',
    ]);
    h.close();
  });

  it('refuses a name that several records share, listing their codes', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    await h.create('customers', { code: 'CUS-009', name: 'acme  RETAIL', kind: 'internal' });
    const report = await h.import(
      'services',
      'Name,Lifecycle,Criticality,Customers\nShop,Live,Low,Acme Retail\nShop 2,Live,Low,CUS-009\n',
    );
    expect(problemTexts(report)).toEqual([
      'Row 2, column "Customers": "Acme Retail" is the name of 2 customers (CUS-001, CUS-009); use the code',
    ]);
    h.close();
  });

  it('refuses a code given twice in one file, and a service that depends on itself', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const report = await h.import(
      'services',
      [
        'Code,Name,Lifecycle,Criticality,Depends on',
        'SVC-100,First,Live,Low,',
        'svc-100,Second,Live,Low,',
        'SVC-101,Loop,Live,Low,Loop',
        'SVC-001,Web hosting,Live,High,SVC-001',
      ].join('\n'),
    );
    expect(problemTexts(report)).toEqual([
      'Row 3, column "Code": svc-100 is also the code in row 2; each code may appear once.',
      'Row 4, column "Depends on": A service cannot depend on itself.',
      'Row 5, column "Depends on": A service cannot depend on itself.',
    ]);
    h.close();
  });

  it('names the item of a list cell that is wrong', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const report = await h.import(
      'reviews',
      [
        'Code,Subject,Agreement,Supplier,Review date,Actions',
        'REV-001,Agreement,AGR-001,,2026-03-01,"Update contacts|Ana|2026-04-01|Open; |Bo|2026-05-01; Renew|Bo|soon|Open"',
        'REV-002,Supplier,,CloudCo,2026-03-02,"Check backups|Ana|2026-04-01|Open|extra"',
        'REV-003,Supplier,AGR-001,CloudCo,2026-03-03,"""Quoted"" text|Bo"',
      ].join('\n'),
    );
    expect(problemTexts(report)).toEqual([
      'Row 2, column "Actions": item 3, due date: "soon" is not a date; write dates as YYYY-MM-DD, e.g. 2026-03-31.',
      'Row 3, column "Actions": item 1 has 5 parts; write at most 4: description|owner|due date|status.',
      'Row 4, column "Actions": item 1: there is text after a closing quote. Put the whole value in quotes and double any quotes inside it, or remove the quotes.',
    ]);
    const fixed = await h.import(
      'reviews',
      [
        'Code,Subject,Agreement,Supplier,Review date,Actions',
        'REV-001,Agreement,AGR-001,,2026-03-01,"Update contacts|Ana|2026-04-01|Open; |Bo|2026-05-01"',
        'REV-003,Supplier,AGR-001,CloudCo,2026-03-03,',
      ].join('\n'),
    );
    expect(problemTexts(fixed)).toEqual([
      'Row 2, column "Actions": item 2: Enter the action.',
      'Row 3, column "Agreement": A supplier review names the supplier, not an agreement.',
    ]);
    h.close();
  });

  it('refuses a file without the columns every row needs, in one message', async () => {
    const h = await Harness.create(tempDir());
    const report = await h.import('services', 'Code,Service,Owner,Notes\nSVC-1,Web,Ana,x\n');
    expect(problemTexts(report)).toEqual([
      'The file has no columns for "Lifecycle", "Criticality", which every row of services needs. Its columns are "Code", "Service", "Owner", "Notes". Rename the columns in the file, or map them in the mapping step.',
    ]);
    expect(report.problems[0]!.kind).toBe('mapping');
    const measurements = await h.import('measurements', 'Target,Value\nTGT-1,5\n');
    expect(problemTexts(measurements)).toEqual([
      'The file has no column for "Period start", which every row of measurements needs. Its columns are "Target", "Value". Rename the column in the file, or map it in the mapping step.',
    ]);
    h.close();
  });

  it('reports a measurement given twice for the same target and period, and an unknown target', async () => {
    const h = await Harness.create(tempDir());
    await seedBasics(h);
    const report = await h.import(
      'measurements',
      'Target,Period start,Value\nTGT-001,2026-01-01,99.9\nTGT-009,2026-01-01,1\nAvailability of web hosting,2026-01-01,99.1\n',
    );
    expect(problemTexts(report)).toEqual([
      'Row 3, column "Target": no target with code or name "TGT-009"',
      'Row 4: TGT-001 has a value for the period starting 2026-01-01 in row 2 already; give each period once.',
    ]);
    h.close();
  });
});

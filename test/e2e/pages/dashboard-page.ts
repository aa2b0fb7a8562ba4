import type { Locator, Page } from '@playwright/test';

/** A clause bar's accessible name begins with the clause number: "8 Operation of…". */
const clauseName = (number: string) => new RegExp(`^${number.replace(/\./g, '\\.')} `);

/** The dashboard's cards, found by their headings, and the links inside them. */
export class DashboardPage {
  readonly audit: Locator;
  readonly assessment: Locator;
  readonly findings: Locator;
  readonly chart: Locator;
  readonly checks: Locator;
  readonly reviews: Locator;
  readonly agreements: Locator;
  readonly targets: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.audit = main.getByRole('region', { name: 'Audit', exact: true });
    this.assessment = main.getByRole('region', { name: 'Assessment', exact: true });
    this.findings = main.getByRole('region', { name: 'Open findings' });
    this.chart = main.getByRole('region', { name: 'Readiness by clause' });
    this.checks = main.getByRole('region', { name: 'Readiness checks' });
    this.reviews = main.getByRole('region', { name: 'Reviews due' });
    this.agreements = main.getByRole('region', { name: 'Contracts and agreements ending' });
    this.targets = main.getByRole('region', { name: 'Breached targets' });
  }

  /** A clause's bar in the chart; its name starts with the clause number and title. */
  clauseBar(number: string): Locator {
    return this.chart.getByRole('link', { name: clauseName(number) });
  }

  /** The number of a count in a card's row of counts: "Overdue", "Next 30 days"… */
  tally(card: Locator, label: string): Locator {
    return card.locator('.tally__item').filter({ hasText: label }).getByRole('definition');
  }

  /** The numbers shown beside a clause's bar while the pointer or the focus is on it. */
  clauseTip(number: string): Locator {
    return this.chart
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: clauseName(number) }) })
      .locator('.clause-chart__tip');
  }

  /** A record's link in one of the lists, by its code. */
  record(card: Locator, code: string): Locator {
    return card.getByRole('link', { name: new RegExp(`^${code} `) });
  }

  /** The count beside one type of finding. */
  findingType(name: RegExp): Locator {
    return this.findings.getByRole('listitem').filter({ hasText: name });
  }
}

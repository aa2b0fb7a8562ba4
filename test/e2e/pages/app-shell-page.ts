import { expect, type Locator, type Page } from '@playwright/test';
import type { SectionLabel } from './sections';

/** The frame around every screen: main navigation, banner, and the current screen's heading. */
export class AppShellPage {
  readonly nav: Locator;
  readonly banner: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly headerClient: Locator;
  readonly headerAudit: Locator;
  readonly headerFile: Locator;
  readonly skipLink: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.banner = page.getByRole('banner');
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.headerClient = page.getByTestId('header-client');
    this.headerAudit = page.getByTestId('header-audit');
    this.headerFile = page.getByTestId('header-file');
    this.skipLink = page.getByRole('link', { name: 'Skip to main content' });
  }

  /** Opens the tokenised address; the host swaps the token for a cookie and redirects to the app. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.nav).toBeVisible();
  }

  navLink(label: SectionLabel): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }

  async goTo(label: SectionLabel): Promise<void> {
    await this.navLink(label).click();
    await this.expectScreen(label);
  }

  async expectScreen(label: SectionLabel): Promise<void> {
    await expect(this.heading).toHaveText(label);
    await expect(this.navLink(label)).toHaveAttribute('aria-current', 'page');
  }

  /** Presses Tab until `target` has focus; fails if it is not reached in `limit` presses. */
  async tabTo(target: Locator, limit = 60): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }
}

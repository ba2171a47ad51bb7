package org.bridgehead.api.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Debian's Chromium driven by Playwright for the panel's browser tests, with their login and screenshots. */
final class PanelBrowser implements AutoCloseable {
  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SHOTS = Paths.get("target", "panel-screenshots");

  private final Playwright playwright;
  final Browser browser;

  private PanelBrowser(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static PanelBrowser launch() throws IOException {
    assertThat(Files.isExecutable(CHROMIUM)).as("the control panel's browser test needs the Debian package chromium at "
        + CHROMIUM + ": run .ci/install-peers.sh as root (apt-get install chromium)").isTrue();
    Files.createDirectories(SHOTS);
    Playwright playwright = Playwright.create();
    try {
      return new PanelBrowser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(CHROMIUM).setArgs(List.of("--no-sandbox")).setHeadless(true)));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** Fills the login form the page shows and submits it. */
  static void logIn(Page page, String name, String password) {
    page.fill("#f-name", name);
    page.fill("#f-password", password);
    page.click("button:has-text('Log in')");
  }

  static void shot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}

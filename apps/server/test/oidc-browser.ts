/**
 * The browser's side at the test identity provider: cookies for the provider's host, redirects
 * followed by hand, and the provider's own sign-in and sign-out forms submitted as a person
 * would. OpenIORT's side is driven by the test through app.inject.
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>();

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line))
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(url: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(url, {
      method: form === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: {
        cookie: this.cookieHeader(),
        ...(form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      ...(form === undefined ? {} : { body: new URLSearchParams(form).toString() }),
    });
    this.keepCookies(response);
    return response;
  }

  /**
   * Follows the provider's redirects from `url`, signing in as `login` when its login form
   * appears (and confirming sign-out when that form appears), until the provider sends the
   * browser elsewhere; returns that address. `onLoginForm` counts the login forms shown.
   */
  async followFrom(
    url: string,
    actions: { login?: string; onLoginForm?: () => void; confirmLogout?: boolean } = {},
  ): Promise<string> {
    let next = url;
    const origin = new URL(url).origin;
    for (let step = 0; step < 20; step += 1) {
      const response = await this.request(next);
      let location = response.headers.get('location');
      if (location === null) {
        const html = await response.text();
        const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
        if (html.includes('name="prompt" value="login"') && action !== undefined) {
          if (actions.login === undefined) throw new Error('the provider asked for a sign-in');
          actions.onLoginForm?.();
          location = await this.submit(new URL(action, next).href, {
            prompt: 'login',
            login: actions.login,
            password: 'any password: the development login takes any',
          });
        } else if (actions.confirmLogout === true && html.includes('op.logoutForm')) {
          const logoutAction =
            /<form[^>]*id="op.logoutForm"[^>]*action="([^"]+)"|<form[^>]*action="([^"]+)"[^>]*id="op.logoutForm"/.exec(
              html,
            );
          const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
          const target = logoutAction?.[1] ?? logoutAction?.[2] ?? '';
          location = await this.submit(new URL(target, next).href, { xsrf, logout: 'yes' });
        } else if (html.includes('document.forms[0].submit()') && action !== undefined) {
          // A page that submits itself at once (the provider ending one person's session
          // before another's sign-in): a browser posts its hidden fields.
          const hidden = Object.fromEntries(
            [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [
              m[1] ?? '',
              m[2] ?? '',
            ]),
          );
          location = await this.submit(new URL(action, next).href, hidden);
        } else {
          throw new Error(
            `the provider answered ${String(response.status)}: ${html.replace(/<style[\s\S]*?<\/style>/, '').slice(0, 1500)}`,
          );
        }
      }
      const resolved = new URL(location, next);
      if (resolved.origin !== origin) return resolved.href;
      next = resolved.href;
    }
    throw new Error('too many redirects at the provider');
  }

  private async submit(url: string, form: Record<string, string>): Promise<string> {
    const response = await this.request(url, form);
    const location = response.headers.get('location');
    if (location === null)
      throw new Error(
        `the form answered ${String(response.status)}: ${(await response.text()).slice(0, 500)}`,
      );
    return new URL(location, url).href;
  }
}

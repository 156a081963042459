// A real OpenID provider on loopback, standing in for VNeID in the end-to-end tests.
//
// It is `oidc-provider` with its built-in development interactions: a login form that accepts any
// login and password, then a consent page. Whatever the login, the account is the same citizen,
// so the test knows what the portal should show; only `sub` (the login) varies. A login of the
// form `cccd-<12 digits>` vouches for that ID number instead, so a test can sign in as the
// holder of a number someone registered with. Version 8.x:
// 9.x runs on the Node 20 here but declares it unsupported (it wants Node 22 LTS).
//
//   OIDC_PORT         port to listen on, on 127.0.0.1 (default 3139)
//   PORTAL_BASE_URL   the portal under test, for the registered redirect URI
//                     (default http://127.0.0.1:3137)
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 3139);
const portal = (process.env.PORTAL_BASE_URL ?? 'http://127.0.0.1:3137').replace(/\/+$/, '');
const issuer = `http://127.0.0.1:${port}`;

// VNeID's claim for the 12-digit personal ID number. 014 is Sơn La; the fourth digit 1 means a
// woman born in the 1900s, and 90 the year, matching the birthdate below.
const ID_CLAIM = 'so_dinh_danh';

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'portal-e2e',
      client_secret: 'e2e-secret',
      redirect_uris: [`${portal}/dang-nhap/vneid/callback`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  // By default only public clients must use PKCE; the portal is a confidential client and must
  // use it all the same, so a portal that forgot it fails here rather than in production.
  pkce: { methods: ['S256'], required: () => true },
  // Which scope releases which claim; the ID-number claim rides on `profile`, as the portal asks
  // for `openid profile email` and nothing VNeID-specific.
  claims: {
    openid: ['sub'],
    profile: ['name', 'birthdate', ID_CLAIM],
    email: ['email', 'email_verified'],
  },
  // Put the scopes' claims in the ID token too, not only behind userinfo. (The portal reads
  // userinfo for whatever the ID token lacks, but the test is about the ID token path.)
  conformIdTokenClaims: false,
  async findAccount(ctx, id) {
    return {
      accountId: id,
      // The provider keeps only what the granted scopes allow.
      async claims() {
        return {
          sub: id,
          name: 'Lò Thị Minh',
          email: `${id}@vneid.test`,
          email_verified: true,
          birthdate: '1990-05-17',
          [ID_CLAIM]: /^cccd-\d{12}$/.test(id) ? id.slice(5) : '014190000777',
        };
      },
    };
  },
  features: { devInteractions: { enabled: true } },
  // Explicit lifetimes (seconds), which also keeps the provider from logging a notice about each
  // default it falls back to.
  ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
  // Fixed keys only silence the warning about missing ones; nothing here outlives the run.
  cookies: { keys: ['portal-e2e-cookies-only'] },
});

// Token-endpoint and other refusals are logged, without the request's contents, so a failing
// end-to-end run says why the provider said no.
for (const event of ['grant.error', 'authorization.error', 'userinfo.error', 'server_error']) {
  provider.on(event, (_ctx, err) => console.error(`oidc provider ${event}: ${err.message} ${err.error_description ?? ''}`));
}

const server = createServer(provider.callback());
server.listen(port, '127.0.0.1', () => console.log('oidc provider ready'));

// e2e.sh stops it with SIGTERM: close the listener and any kept-alive browser connections, so
// node exits at once and with status 0.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}

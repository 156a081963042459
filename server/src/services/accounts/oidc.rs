//! Sign-in through an OpenID Connect provider (VNeID, or the local `oidc-provider` of the
//! end-to-end tests): authorization code flow with PKCE and a nonce.
//!
//! The module only speaks the protocol. What to do with a [`VerifiedIdentity`] (find or create the
//! account, check the ID number with `shared::identity::CitizenId`, open a session) is the
//! caller's business, and so is keeping [`Begun`]'s secrets between the two legs of the flow and
//! comparing the `state` that comes back with the one that went out.
//!
//! Nothing here logs a token or a claim's value: the ID token carries a personal ID number.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow};
use chrono::{Datelike, NaiveDate};
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType, CoreGenderClaim, CoreJsonWebKey,
    CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm, CoreProviderMetadata, CoreRevocableToken,
    CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
// The re-export, so that the client is the very `reqwest` that openidconnect implements its HTTP
// trait for (the server's own `reqwest` dependency is there only to pick the TLS backend).
use openidconnect::reqwest;
use openidconnect::{
    AccessTokenHash, AdditionalClaims, AuthorizationCode, ClaimsVerificationError, Client, ClientId, ClientSecret,
    CsrfToken, EmptyExtraTokenFields, EndUserBirthday, EndUserEmail, EndUserName, EndpointMaybeSet, EndpointNotSet,
    EndpointSet, HttpClientError, IdTokenFields, IssuerUrl, LocalizedClaim, Nonce, OAuth2TokenResponse,
    PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RequestTokenError, Scope, SignatureVerificationError,
    StandardErrorResponse, StandardTokenResponse, TokenResponse, UserInfoClaims, UserInfoError,
};
use serde::{Deserialize, Serialize};

/// How the portal is registered with the provider.
#[derive(Clone)]
pub struct OidcSettings {
    /// The provider's issuer identifier; its discovery document is found under it.
    pub issuer: url::Url,
    pub client_id: String,
    /// `None` for a public client; otherwise sent with HTTP Basic (`client_secret_basic`).
    pub client_secret: Option<String>,
    /// The portal's callback, exactly as registered with the provider.
    pub redirect_url: url::Url,
    /// Name of the ID-token/userinfo claim carrying the 12-digit personal ID number: VNeID's is
    /// not a standard OpenID claim, so it is configured rather than assumed.
    pub id_number_claim: String,
}

impl fmt::Debug for OidcSettings {
    // By hand, so that printing the configuration never prints the client secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcSettings")
            .field("issuer", &self.issuer.as_str())
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret.as_ref().map(|_| "<redacted>"))
            .field("redirect_url", &self.redirect_url.as_str())
            .field("id_number_claim", &self.id_number_claim)
            .finish()
    }
}

/// What the provider vouched for, after the ID token's signature, issuer, audience, expiry and
/// nonce were checked.
///
/// Claims the ID token lacked were taken from the userinfo endpoint, whose answer must name the
/// same subject. `id_number` is the claim as sent (trimmed): validating it is the caller's job.
#[derive(Clone, PartialEq, Eq)]
pub struct VerifiedIdentity {
    /// With `subject`, the stable key of the person at this provider: e-mail and name can change.
    pub issuer: String,
    pub subject: String,
    pub full_name: Option<String>,
    pub email: Option<String>,
    /// Whether the provider checked `email`; always about that address, from the same source.
    pub email_verified: bool,
    pub id_number: Option<String>,
    /// `None` also when the provider withheld the year (`0000-MM-DD`), which the spec allows.
    pub birthdate: Option<NaiveDate>,
}

impl fmt::Debug for VerifiedIdentity {
    // By hand: these are personal data, and a stray `{:?}` must not put them in the logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VerifiedIdentity")
            .field("issuer", &self.issuer)
            .field("full_name", &self.full_name.as_ref().map(|_| "<present>"))
            .field("email", &self.email.as_ref().map(|_| "<present>"))
            .field("email_verified", &self.email_verified)
            .field("id_number", &self.id_number.as_ref().map(|_| "<present>"))
            .field("birthdate", &self.birthdate.map(|_| "<present>"))
            .finish_non_exhaustive()
    }
}

/// The first leg of a sign-in: where to send the browser, and the secrets to keep (server-side or
/// in an HttpOnly cookie) until the browser comes back to the callback.
pub struct Begun {
    pub authorize_url: url::Url,
    /// Must equal the callback's `state` parameter, or the callback is a forgery (CSRF).
    pub state: String,
    /// Proves to the token endpoint that whoever redeems the code is whoever asked for it.
    pub pkce_verifier: String,
    /// Must come back inside the ID token, which ties the token to this very attempt.
    pub nonce: String,
}

impl fmt::Debug for Begun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Begun").field("authorize_url", &self.authorize_url.as_str()).finish_non_exhaustive()
    }
}

/// The claims outside OpenID's standard set, kept by name so that the ID-number claim's name can
/// be configured. openidconnect has already removed the standard ones from this map.
#[derive(Clone, Default, Deserialize, Serialize)]
struct ExtraClaims {
    #[serde(flatten)]
    claims: HashMap<String, serde_json::Value>,
}

impl AdditionalClaims for ExtraClaims {}

impl fmt::Debug for ExtraClaims {
    // openidconnect requires `Debug`; print names only, never values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.claims.keys()).finish()
    }
}

/// `CoreClient`, but with [`ExtraClaims`] in the ID token and userinfo instead of none, and with
/// the endpoints that discovery sets (authorization always; token and userinfo maybe).
type ProviderClient = Client<
    ExtraClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    StandardTokenResponse<
        IdTokenFields<
            ExtraClaims,
            EmptyExtraTokenFields,
            CoreGenderClaim,
            CoreJweContentEncryptionAlgorithm,
            CoreJwsSigningAlgorithm,
        >,
        CoreTokenType,
    >,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// A relying party for one provider. Cheap to clone: clones share the HTTP client and the cached
/// provider metadata.
#[derive(Clone)]
pub struct OidcClient {
    inner: Arc<Inner>,
}

struct Inner {
    issuer: IssuerUrl,
    client_id: ClientId,
    client_secret: Option<ClientSecret>,
    redirect_url: RedirectUrl,
    id_number_claim: String,
    http: reqwest::Client,
    /// Filled by the first successful discovery. A mutex rather than a once-cell so that it can be
    /// emptied when the provider rotates its signing keys, and so that concurrent first sign-ins
    /// discover once rather than each on its own.
    provider: tokio::sync::Mutex<Option<Arc<ProviderClient>>>,
}

impl OidcClient {
    /// Builds the client without touching the network, so that the portal starts (and serves
    /// password sign-in) even while the provider is unreachable.
    pub fn new(settings: OidcSettings) -> Self {
        // `url::Url` always has a path, so `http://host:port` comes back as `http://host:port/`;
        // openidconnect compares issuers as strings, and providers almost never end theirs with a
        // slash, so a bare origin is taken to mean the issuer without it.
        let issuer = if settings.issuer.path() == "/" && settings.issuer.query().is_none() {
            IssuerUrl::new(settings.issuer.as_str().trim_end_matches('/').to_owned())
                .unwrap_or_else(|_| IssuerUrl::from_url(settings.issuer.clone()))
        } else {
            IssuerUrl::from_url(settings.issuer)
        };
        let http = reqwest::Client::builder()
            // openidconnect's own advice: following redirects would let a hostile or compromised
            // endpoint steer the portal's requests anywhere (SSRF).
            .redirect(reqwest::redirect::Policy::none())
            // A provider that hangs must not hold a citizen's request (or the discovery lock)
            // for long.
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(15))
            .user_agent(concat!("portal/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("a reqwest client with these settings always builds");
        Self {
            inner: Arc::new(Inner {
                issuer,
                client_id: ClientId::new(settings.client_id),
                client_secret: settings.client_secret.map(ClientSecret::new),
                redirect_url: RedirectUrl::from_url(settings.redirect_url),
                id_number_claim: settings.id_number_claim,
                http,
                provider: tokio::sync::Mutex::new(None),
            }),
        }
    }

    /// Discovers the provider metadata (cached after the first success; retried on the next call
    /// after a failure), then makes the authorization URL with a fresh state, PKCE challenge
    /// (S256) and nonce. Scopes: `openid profile email`.
    pub async fn begin(&self) -> anyhow::Result<Begun> {
        let client = self.provider(false).await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (authorize_url, state, nonce) = client
            // `openid` is added by the library itself.
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            .add_scope(Scope::new("profile".to_owned()))
            .add_scope(Scope::new("email".to_owned()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Begun {
            authorize_url,
            state: state.into_secret(),
            pkce_verifier: verifier.into_secret(),
            nonce: nonce.secret().clone(),
        })
    }

    /// Redeems the authorization code (with the PKCE verifier, and the client secret by HTTP
    /// Basic when there is one), verifies the ID token against the nonce of [`Self::begin`], and
    /// reads the identity from it, completed from the userinfo endpoint when a claim is missing.
    pub async fn finish(&self, code: String, pkce_verifier: String, nonce: String) -> anyhow::Result<VerifiedIdentity> {
        let mut client = self.provider(false).await?;
        let response = client
            .exchange_code(AuthorizationCode::new(code))
            .context("the provider's metadata names no token endpoint")?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier))
            .request_async(&self.inner.http)
            .await
            .map_err(token_error)?;
        let id_token = response.id_token().ok_or_else(|| anyhow!("the token response has no ID token"))?;
        let nonce = Nonce::new(nonce);

        // Bound first so that the verifier (which borrows `client`) is gone before the match.
        let verified = id_token.claims(&client.id_token_verifier(), &nonce);
        let claims = match verified {
            Ok(claims) => claims,
            // The token names a key the cached key set lacks: the provider has rotated its keys
            // since discovery. Fetch everything again, once, and verify against the new set.
            Err(ClaimsVerificationError::SignatureVerification(SignatureVerificationError::NoMatchingKey)) => {
                tracing::info!("ID token signed with a key not in the cached key set; discovering the provider again");
                client = self.provider(true).await?;
                id_token.claims(&client.id_token_verifier(), &nonce).map_err(claims_error)?
            }
            Err(e) => return Err(claims_error(e)),
        };

        // The access token is used below (userinfo); make sure it is the one this ID token was
        // issued with, not one swapped in for another person's.
        if let Some(expected) = claims.access_token_hash() {
            let verifier = client.id_token_verifier();
            let actual = AccessTokenHash::from_token(
                response.access_token(),
                id_token.signing_alg().map_err(|e| anyhow!("ID token: {e}"))?,
                id_token.signing_key(&verifier).map_err(|e| anyhow!("ID token: {e}"))?,
            )
            .map_err(|e| anyhow!("cannot hash the access token: {e}"))?;
            if actual != *expected {
                anyhow::bail!("the access token does not match the ID token's at_hash");
            }
        }

        let id_number_claim = self.inner.id_number_claim.as_str();
        let mut found = Found::from_claims(
            claims.name(),
            claims.email(),
            claims.email_verified(),
            claims.birthdate(),
            claims.additional_claims(),
            id_number_claim,
        );
        if !found.is_complete() && client.user_info_url().is_some() {
            // Many providers put only `sub` in the ID token and everything else behind userinfo.
            // The expected subject makes the library refuse an answer about someone else.
            tracing::debug!("the ID token lacks some identity claims; asking the userinfo endpoint");
            let userinfo: UserInfoClaims<ExtraClaims, CoreGenderClaim> = client
                .user_info(response.access_token().clone(), Some(claims.subject().clone()))
                .context("the provider's metadata names no userinfo endpoint")?
                .request_async(&self.inner.http)
                .await
                .map_err(userinfo_error)?;
            let standard = userinfo.standard_claims();
            found.fill_from(Found::from_claims(
                standard.name(),
                standard.email(),
                standard.email_verified(),
                standard.birthdate(),
                userinfo.additional_claims(),
                id_number_claim,
            ));
        }

        Ok(VerifiedIdentity {
            issuer: claims.issuer().as_str().to_owned(),
            subject: claims.subject().as_str().to_owned(),
            full_name: found.full_name,
            email: found.email,
            email_verified: found.email_verified,
            id_number: found.id_number,
            birthdate: found.birthdate,
        })
    }

    /// The client built from the provider's metadata, discovering it if not yet cached (or if
    /// `refresh`). A failure is not cached, so the next sign-in tries again.
    async fn provider(&self, refresh: bool) -> anyhow::Result<Arc<ProviderClient>> {
        let mut cached = self.inner.provider.lock().await;
        if let (false, Some(client)) = (refresh, cached.as_ref()) {
            return Ok(Arc::clone(client));
        }
        let metadata = CoreProviderMetadata::discover_async(self.inner.issuer.clone(), &self.inner.http)
            .await
            .map_err(|e| discovery_error(&self.inner.issuer, e))?;
        let client = ProviderClient::from_provider_metadata(
            metadata,
            self.inner.client_id.clone(),
            self.inner.client_secret.clone(),
        )
        .set_redirect_uri(self.inner.redirect_url.clone());
        let client = Arc::new(client);
        *cached = Some(Arc::clone(&client));
        tracing::info!(issuer = %self.inner.issuer.as_str(), "OpenID provider discovered");
        Ok(client)
    }
}

/// The identity claims from one source (ID token or userinfo).
#[derive(Default)]
struct Found {
    full_name: Option<String>,
    email: Option<String>,
    email_verified: bool,
    id_number: Option<String>,
    birthdate: Option<NaiveDate>,
}

impl Found {
    fn from_claims(
        name: Option<&LocalizedClaim<EndUserName>>,
        email: Option<&EndUserEmail>,
        email_verified: Option<bool>,
        birthdate: Option<&EndUserBirthday>,
        extra: &ExtraClaims,
        id_number_claim: &str,
    ) -> Self {
        let email = email.map(|e| e.as_str().trim().to_owned()).filter(|e| !e.is_empty());
        Self {
            // The unlocalised `name` if sent, else whichever `name#lang` came.
            full_name: name
                .and_then(|n| n.get(None).or_else(|| n.iter().map(|(_, v)| v).next()))
                .map(|n| n.as_str().trim().to_owned())
                .filter(|n| !n.is_empty()),
            email_verified: email.is_some() && email_verified == Some(true),
            email,
            id_number: id_number(extra, id_number_claim),
            birthdate: birthdate.and_then(|b| parse_birthdate(b.as_str())),
        }
    }

    fn is_complete(&self) -> bool {
        self.full_name.is_some() && self.email.is_some() && self.id_number.is_some() && self.birthdate.is_some()
    }

    /// Fills what is missing from `other`; what the signed ID token said stays.
    fn fill_from(&mut self, other: Found) {
        if self.email.is_none() {
            // Address and its verification flag travel together, so the flag is never about
            // another address.
            self.email = other.email;
            self.email_verified = other.email_verified;
        }
        self.full_name = self.full_name.take().or(other.full_name);
        self.id_number = self.id_number.take().or(other.id_number);
        self.birthdate = self.birthdate.or(other.birthdate);
    }
}

/// The ID number if sent as a string. A JSON number would already have lost a leading zero
/// (province codes start with 0), so it is not accepted; the shape is reported without the value.
fn id_number(extra: &ExtraClaims, claim: &str) -> Option<String> {
    match extra.claims.get(claim)? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        serde_json::Value::Null => None,
        _ => {
            tracing::warn!(claim, "the ID-number claim is not a non-empty string; ignored");
            None
        }
    }
}

/// OpenID's `birthdate` is `YYYY-MM-DD`, or `0000-MM-DD` when the year is withheld, or `YYYY`
/// alone; only a full date is of use.
fn parse_birthdate(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok().filter(|d| d.year() > 0)
}

// The error mappers below keep the provider's error codes and the failing step, but drop response
// bodies and serde messages: those can quote token or claim values.

fn discovery_error(
    issuer: &IssuerUrl,
    e: openidconnect::DiscoveryError<HttpClientError<reqwest::Error>>,
) -> anyhow::Error {
    use openidconnect::DiscoveryError as D;
    let why = match e {
        D::Request(e) => return anyhow::Error::new(e).context(format!("OpenID discovery at {}", issuer.as_str())),
        D::Response(status, _, msg) => format!("HTTP {status}: {msg}"),
        D::Parse(e) => format!("unreadable metadata at `{}`", e.path()),
        D::UrlParse(e) => format!("bad discovery URL: {e}"),
        D::Validation(msg) | D::Other(msg) => msg,
        other => other.to_string(),
    };
    anyhow!("OpenID discovery at {} failed: {why}", issuer.as_str())
}

fn token_error(
    e: RequestTokenError<HttpClientError<reqwest::Error>, StandardErrorResponse<CoreErrorResponseType>>,
) -> anyhow::Error {
    match e {
        // `invalid_grant` is what a replayed, expired or PKCE-mismatched code gets.
        RequestTokenError::ServerResponse(err) => anyhow!("the token endpoint refused the code: {err}"),
        RequestTokenError::Request(e) => anyhow::Error::new(e).context("token request failed"),
        RequestTokenError::Parse(e, _body) => anyhow!("unreadable token response at `{}`", e.path()),
        RequestTokenError::Other(msg) => anyhow!("token request failed: {msg}"),
    }
}

fn claims_error(e: ClaimsVerificationError) -> anyhow::Error {
    match e {
        // Its message would quote both subjects.
        ClaimsVerificationError::InvalidSubject(_) => anyhow!("ID token rejected: unexpected subject"),
        e => anyhow!("ID token rejected: {e}"),
    }
}

fn userinfo_error(e: UserInfoError<HttpClientError<reqwest::Error>>) -> anyhow::Error {
    match e {
        UserInfoError::ClaimsVerification(ClaimsVerificationError::InvalidSubject(_)) => {
            anyhow!("userinfo answered about another subject than the ID token")
        }
        UserInfoError::ClaimsVerification(e) => anyhow!("userinfo rejected: {e}"),
        UserInfoError::Parse(e) => anyhow!("unreadable userinfo response at `{}`", e.path()),
        UserInfoError::Request(e) => anyhow::Error::new(e).context("userinfo request failed"),
        UserInfoError::Response(status, _, msg) => anyhow!("userinfo: HTTP {status}: {msg}"),
        UserInfoError::Other(msg) => anyhow!("userinfo: {msg}"),
        other => anyhow!("userinfo: {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn extra(json: serde_json::Value) -> ExtraClaims {
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn id_number_only_from_a_string() {
        let claims = extra(serde_json::json!({ "so_dinh_danh": " 014190000777 ", "n": 14190000777u64 }));
        assert_eq!(id_number(&claims, "so_dinh_danh").as_deref(), Some("014190000777"));
        assert_eq!(id_number(&claims, "n"), None);
        assert_eq!(id_number(&claims, "absent"), None);
    }

    #[test]
    fn birthdate_needs_a_full_date() {
        assert_eq!(parse_birthdate("1990-05-17"), NaiveDate::from_ymd_opt(1990, 5, 17));
        assert_eq!(parse_birthdate("0000-05-17"), None);
        assert_eq!(parse_birthdate("1990"), None);
    }

    #[test]
    fn userinfo_fills_gaps_but_never_overrides_the_id_token() {
        let mut from_token = Found {
            full_name: Some("Lò Thị Minh".into()),
            email: Some("a@vneid.test".into()),
            email_verified: false,
            ..Found::default()
        };
        from_token.fill_from(Found {
            full_name: Some("someone else".into()),
            email: Some("b@vneid.test".into()),
            email_verified: true,
            id_number: Some("014190000777".into()),
            birthdate: NaiveDate::from_ymd_opt(1990, 5, 17),
        });
        assert_eq!(from_token.full_name.as_deref(), Some("Lò Thị Minh"));
        assert_eq!(from_token.email.as_deref(), Some("a@vneid.test"));
        assert!(!from_token.email_verified, "the flag stays with the address it describes");
        assert_eq!(from_token.id_number.as_deref(), Some("014190000777"));
        assert!(from_token.is_complete());
    }

    #[test]
    fn a_bare_origin_issuer_loses_the_slash_url_adds() {
        let client = OidcClient::new(OidcSettings {
            issuer: "http://127.0.0.1:3139".parse().unwrap(),
            client_id: "portal".into(),
            client_secret: Some("s3cret".into()),
            redirect_url: "http://127.0.0.1:3137/dang-nhap/vneid/callback".parse().unwrap(),
            id_number_claim: "so_dinh_danh".into(),
        });
        assert_eq!(client.inner.issuer.as_str(), "http://127.0.0.1:3139");
        let path = OidcClient::new(OidcSettings {
            issuer: "https://sso.example.vn/realms/citizens".parse().unwrap(),
            ..settings_for_debug()
        });
        assert_eq!(path.inner.issuer.as_str(), "https://sso.example.vn/realms/citizens");
    }

    fn settings_for_debug() -> OidcSettings {
        OidcSettings {
            issuer: "https://sso.example.vn".parse().unwrap(),
            client_id: "portal".into(),
            client_secret: Some("s3cret".into()),
            redirect_url: "https://portal.example.vn/dang-nhap/vneid/callback".parse().unwrap(),
            id_number_claim: "so_dinh_danh".into(),
        }
    }

    #[test]
    fn debug_output_hides_secrets_and_personal_data() {
        assert!(!format!("{:?}", settings_for_debug()).contains("s3cret"));
        let who = VerifiedIdentity {
            issuer: "https://sso.example.vn".into(),
            subject: "sub-1".into(),
            full_name: Some("Lò Thị Minh".into()),
            email: Some("minh@vneid.test".into()),
            email_verified: true,
            id_number: Some("014190000777".into()),
            birthdate: NaiveDate::from_ymd_opt(1990, 5, 17),
        };
        let printed = format!("{who:?}");
        for value in ["sub-1", "Lò Thị Minh", "minh@vneid.test", "014190000777", "1990"] {
            assert!(!printed.contains(value), "{value} leaked into {printed}");
        }
        let extra = extra(serde_json::json!({ "so_dinh_danh": "014190000777" }));
        assert!(!format!("{extra:?}").contains("014190000777"));
    }
}

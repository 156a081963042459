//! Multipart bodies (the forms that carry files) read with a bound on everything a client could
//! make the server hold: the whole body, the number of parts, each part's boundary and headers,
//! each text part and all text parts together. Files are never buffered: the caller streams
//! them (`dossier::upload::store_stream`) and drains what it refused.
//!
//! The parser is `multer`, which buffers a part's headers until their blank line and a text
//! part until its end; on its own it would hold a 500 MB "header" or "text" in memory. Here the
//! request body reaches it through [`Metered`], which counts what multer pulls while it looks for
//! the next part and cuts the request off past [`HEAD_BUDGET`]; text parts are read chunk by
//! chunk and refused at their limit. So memory per request is a few chunks plus the text limit,
//! whatever the client sends.

use super::forms::csrf_matches;
use axum::body::Body;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures::Stream;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::task::{Context, Poll};

/// What a part's boundary line and headers may take (a browser sends a few hundred bytes).
pub const HEAD_BUDGET: u64 = 16 * 1024;
/// What multer may pull from the body in one go before it must hand data on: it reads whatever
/// the connection has ready, which from a fast client has no end of its own.
const BURST: u64 = 256 * 1024;
/// The CSRF token part: 64 hex characters, or 256 as a page carries it masked
/// (`shared::secret::masked`).
const CSRF_PART: usize = 512;

/// The bounds of one form.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The whole body, files included.
    pub body: u64,
    /// Parts, the CSRF token's included.
    pub parts: usize,
    /// One text part.
    pub text_part: usize,
    /// All text parts together.
    pub text_total: usize,
}

impl Limits {
    /// A form of one file and a few short fields: the file's limit plus a little.
    pub fn one_file(file_limit: u64) -> Self {
        Self { body: file_limit + 64 * 1024, parts: 8, text_part: 1024, text_total: 4 * 1024 }
    }
}

/// Why a body was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not multipart, or a part that does not parse (bad headers, bad UTF-8 in a text part).
    Malformed,
    /// More parts, or longer text, headers or body than the form allows.
    TooLarge,
    /// The body broke off.
    Interrupted,
}

impl Problem {
    pub fn response(self) -> Response {
        match self {
            Problem::TooLarge => super::problem::Problem::FormTooLarge.into_response(),
            Problem::Malformed | Problem::Interrupted => super::problem::Problem::BadForm.into_response(),
        }
    }

    pub fn of(e: &multer::Error) -> Self {
        use multer::Error as E;
        match e {
            E::FieldSizeExceeded { .. } | E::StreamSizeExceeded { .. } => Problem::TooLarge,
            // Our meter's refusal of an over-long head travels as a stream error.
            E::StreamReadFailed(inner) if inner.is::<HeadTooLong>() => Problem::TooLarge,
            E::StreamReadFailed(_) | E::IncompleteStream | E::IncompleteFieldData { .. } => Problem::Interrupted,
            _ => Problem::Malformed,
        }
    }
}

/// A multipart body being read under [`Limits`].
pub struct Reader {
    inner: multer::Multipart<'static>,
    meter: Arc<Meter>,
    limits: Limits,
    parts: usize,
    text_total: usize,
}

impl Reader {
    /// Starts reading `body`; refuses at once a body declared longer than the limit.
    pub fn new(headers: &HeaderMap, body: Body, limits: Limits) -> Result<Self, Problem> {
        let declared =
            headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limits.body) {
            return Err(Problem::TooLarge);
        }
        let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let boundary = multer::parse_boundary(content_type).map_err(|_| Problem::Malformed)?;
        let meter = Arc::new(Meter::default());
        let stream = Metered { inner: body.into_data_stream(), meter: meter.clone(), burst: 0 };
        let constraints = multer::Constraints::new()
            .size_limit(multer::SizeLimit::new().whole_stream(limits.body).per_field(limits.body));
        let inner = multer::Multipart::with_constraints(stream, boundary, constraints);
        Ok(Self { inner, meter, limits, parts: 0, text_total: 0 })
    }

    /// The next part, or `None` at the end. The previous part must have been read to its end
    /// (by [`Reader::text`], a stream, or [`drain`]); otherwise what is left of it counts
    /// against the head budget and an unread large part is refused.
    pub async fn next(&mut self) -> Result<Option<multer::Field<'static>>, Problem> {
        self.parts += 1;
        if self.parts > self.limits.parts {
            return Err(Problem::TooLarge);
        }
        self.meter.start_head();
        let next = self.inner.next_field().await;
        self.meter.end_head();
        next.map_err(|e| Problem::of(&e))
    }

    /// A text part's value, read chunk by chunk up to the form's limits.
    pub async fn text(&mut self, field: &mut multer::Field<'static>) -> Result<String, Problem> {
        let room = self.limits.text_part.min(self.limits.text_total.saturating_sub(self.text_total));
        let value = read_bounded(field, room).await?;
        self.text_total += value.len();
        Ok(value)
    }

    /// The first part must be the form's CSRF token, equal to this browser's (checked before
    /// anything else in the body is read).
    pub async fn check_csrf(&mut self, parts: &Parts) -> Result<(), Response> {
        let forged = || super::forms::csrf_refusal();
        let mut field = match self.next().await {
            Ok(Some(f)) if f.name() == Some(app::request::CSRF_FIELD) => f,
            Ok(_) => return Err(forged()),
            Err(problem) => return Err(problem.response()),
        };
        match read_bounded(&mut field, CSRF_PART).await {
            Ok(token) if csrf_matches(parts, &token) => Ok(()),
            Ok(_) | Err(Problem::TooLarge) => Err(forged()),
            Err(problem) => Err(problem.response()),
        }
    }
}

/// Reads what is left of a part and throws it away (a file refused half-way), so the next part
/// can be read.
pub async fn drain(field: &mut multer::Field<'static>) -> Result<(), Problem> {
    while field.chunk().await.map_err(|e| Problem::of(&e))?.is_some() {}
    Ok(())
}

async fn read_bounded(field: &mut multer::Field<'static>, max: usize) -> Result<String, Problem> {
    let mut value: Vec<u8> = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(|e| Problem::of(&e))? {
        if value.len() + chunk.len() > max {
            return Err(Problem::TooLarge);
        }
        value.extend_from_slice(&chunk);
    }
    String::from_utf8(value).map_err(|_| Problem::Malformed)
}

/// The error [`Metered`] ends the body with when a part's head runs past [`HEAD_BUDGET`].
#[derive(Debug)]
struct HeadTooLong;

impl std::fmt::Display for HeadTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("multipart part head longer than allowed")
    }
}

impl std::error::Error for HeadTooLong {}

/// Whether multer is looking for the next part, and how much it pulled meanwhile.
#[derive(Default)]
struct Meter {
    in_head: AtomicBool,
    head_bytes: AtomicU64,
    /// The budget ran out once; the parser was given one turn to find the head in what it has.
    paused: AtomicBool,
}

impl Meter {
    fn start_head(&self) {
        self.head_bytes.store(0, Ordering::Relaxed);
        self.paused.store(false, Ordering::Relaxed);
        self.in_head.store(true, Ordering::Relaxed);
    }

    fn end_head(&self) {
        self.in_head.store(false, Ordering::Relaxed);
    }
}

/// The request body as multer sees it. It yields a turn (`Pending`, woken at once) after every
/// [`BURST`] bytes, so multer's buffer never holds much more than that. While multer looks for
/// the next part, it gets at most [`HEAD_BUDGET`] bytes (plus the chunk that crossed it); then
/// one turn, so it can find a head that is complete in what it holds (a fast client's next file
/// may already be buffered behind it); and if it asks for more, the body ends with
/// [`HeadTooLong`].
struct Metered<S> {
    inner: S,
    meter: Arc<Meter>,
    /// Bytes handed over since the last `Pending`.
    burst: u64,
}

impl<S, E> Stream for Metered<S>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Item = Result<Bytes, Box<dyn std::error::Error + Send + Sync>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let meter = self.meter.clone();
        let in_head = meter.in_head.load(Ordering::Relaxed);
        if in_head && meter.head_bytes.load(Ordering::Relaxed) > HEAD_BUDGET {
            if !meter.paused.swap(true, Ordering::Relaxed) {
                cx.waker().wake_by_ref();
                return Poll::Pending;
            }
            return Poll::Ready(Some(Err(Box::new(HeadTooLong))));
        }
        if self.burst >= BURST {
            self.burst = 0;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        match Pin::new(&mut self.inner).poll_next(cx) {
            Poll::Ready(Some(Ok(chunk))) => {
                self.burst += chunk.len() as u64;
                if in_head {
                    meter.head_bytes.fetch_add(chunk.len() as u64, Ordering::Relaxed);
                }
                Poll::Ready(Some(Ok(chunk)))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e.into()))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => {
                self.burst = 0;
                Poll::Pending
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    const BOUNDARY: &str = "XyZ";

    fn headers() -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::CONTENT_TYPE, format!("multipart/form-data; boundary={BOUNDARY}").parse().unwrap());
        h
    }

    fn limits() -> Limits {
        Limits { body: 1 << 30, parts: 4, text_part: 100, text_total: 150 }
    }

    fn part(name: &str, value: &str) -> String {
        format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    }

    fn body(text: String) -> Body {
        Body::from(text)
    }

    /// A body that starts with `head` and then sends bytes for ever, always ready (as fast as
    /// the reader takes them), and the count of bytes taken from it.
    fn endless_counted(head: String) -> (Body, Arc<AtomicU64>) {
        let taken = Arc::new(AtomicU64::new(0));
        let count = taken.clone();
        let start = futures::stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(head)) });
        let rest = futures::stream::repeat_with(|| Ok(Bytes::from(vec![b'A'; 64 * 1024])));
        let body = start.chain(rest).inspect(move |c| {
            count.fetch_add(c.as_ref().map_or(0, |c| c.len() as u64), Ordering::Relaxed);
        });
        (Body::from_stream(body), taken)
    }

    fn endless(head: String) -> Body {
        endless_counted(head).0
    }

    #[tokio::test]
    async fn reads_text_within_limits() {
        let text = format!("{}{}--{BOUNDARY}--\r\n", part("a", "xin chào"), part("b", "2"));
        let mut reader = Reader::new(&headers(), body(text), limits()).unwrap();
        let mut a = reader.next().await.unwrap().unwrap();
        assert_eq!(reader.text(&mut a).await.unwrap(), "xin chào");
        drop(a);
        let mut b = reader.next().await.unwrap().unwrap();
        assert_eq!(reader.text(&mut b).await.unwrap(), "2");
        drop(b);
        assert!(reader.next().await.unwrap().is_none());
    }

    #[tokio::test]
    async fn an_endless_text_part_is_refused_at_its_limit() {
        let (body, taken) = endless_counted(part("a", ""));
        let mut reader = Reader::new(&headers(), body, limits()).unwrap();
        let mut a = reader.next().await.unwrap().unwrap();
        assert_eq!(reader.text(&mut a).await, Err(Problem::TooLarge));
        // Refused after about one burst, not after the 1 GiB the body limit would allow.
        let taken = taken.load(Ordering::Relaxed);
        assert!(taken <= BURST + 2 * 64 * 1024, "{taken} bytes read");
    }

    #[tokio::test]
    async fn text_parts_share_one_total() {
        let long = "x".repeat(90);
        let text = format!("{}{}--{BOUNDARY}--\r\n", part("a", &long), part("b", &long));
        let mut reader = Reader::new(&headers(), body(text), limits()).unwrap();
        let mut a = reader.next().await.unwrap().unwrap();
        reader.text(&mut a).await.unwrap();
        drop(a);
        let mut b = reader.next().await.unwrap().unwrap();
        assert_eq!(reader.text(&mut b).await, Err(Problem::TooLarge));
    }

    #[tokio::test]
    async fn an_endless_part_head_is_refused() {
        let head = format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Padding: ");
        let mut reader = Reader::new(&headers(), endless(head), limits()).unwrap();
        assert_eq!(reader.next().await.err(), Some(Problem::TooLarge));
    }

    #[tokio::test]
    async fn an_endless_preamble_is_refused() {
        let mut reader = Reader::new(&headers(), endless(String::new()), limits()).unwrap();
        assert_eq!(reader.next().await.err(), Some(Problem::TooLarge));
    }

    #[tokio::test]
    async fn too_many_parts_are_refused() {
        let text: String = (0..10).map(|i| part(&format!("p{i}"), "")).collect::<String>() + "--XyZ--\r\n";
        let mut reader = Reader::new(&headers(), body(text), limits()).unwrap();
        let mut seen = 0;
        let refused = loop {
            match reader.next().await {
                Ok(Some(mut f)) => {
                    seen += 1;
                    reader.text(&mut f).await.unwrap();
                }
                Ok(None) => break None,
                Err(p) => break Some(p),
            }
        };
        assert_eq!((seen, refused), (4, Some(Problem::TooLarge)));
    }

    #[tokio::test]
    async fn a_part_left_unread_cannot_smuggle_a_large_body() {
        // A caller that forgets to read a part: what is left of it counts against the head budget.
        let mut reader = Reader::new(&headers(), endless(part("a", "")), limits()).unwrap();
        drop(reader.next().await.unwrap().unwrap());
        assert_eq!(reader.next().await.err(), Some(Problem::TooLarge));
    }

    #[tokio::test]
    async fn a_declared_length_over_the_limit_is_refused_before_reading() {
        let mut h = headers();
        h.insert(header::CONTENT_LENGTH, "2000".parse().unwrap());
        let small = Limits { body: 1000, ..limits() };
        assert!(matches!(Reader::new(&h, Body::empty(), small), Err(Problem::TooLarge)));
    }

    #[tokio::test]
    async fn a_long_head_followed_by_a_file_already_buffered_still_parses() {
        // One chunk holding a head and far more than the budget of the part's data.
        let data = "A".repeat(3 * HEAD_BUDGET as usize);
        let text = format!("{}--{BOUNDARY}--\r\n", part("a", &data));
        let mut reader =
            Reader::new(&headers(), body(text), Limits { text_part: 1 << 20, text_total: 1 << 20, ..limits() })
                .unwrap();
        let mut a = reader.next().await.unwrap().unwrap();
        assert_eq!(reader.text(&mut a).await.unwrap().len(), data.len());
    }
}

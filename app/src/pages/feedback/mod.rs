//! Feedback and proposals (phản ánh, kiến nghị) for the public: `/phan-anh`, the published
//! answers; `/phan-anh/gui`, the form; `/phan-anh/{code}`, the sender's own page (by the secret
//! of their mailed link, or signed in). The forms post to `server/src/http/feedback_forms.rs`.

mod list;
mod send;
mod sender;

pub use list::FeedbackListPage;
pub use send::SendFeedbackPage;
pub use sender::SenderFeedbackPage;

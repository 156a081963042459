//! Dossiers the tests file and act on, as the demo people: a criminal record request (the
//! provincial police's procedure, with a fee), an officer's form post with the version seen,
//! and the text of a PDF the portal serves.

use super::TestApp;
use super::people::{birth_pairs, person};
use axum::http::StatusCode;
use diesel::prelude::*;
use server::db::schema::dossiers;
use server::seed::accounts::DEMO_CITIZEN;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

/// A submitted birth registration at the demo ward (free); returns its id and code.
pub async fn submitted_birth(app: &TestApp) -> (i64, String) {
    let me = person(app, DEMO_CITIZEN.email).await;
    let id = app.state.services.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    app.state.services.filing.save_posted(&me, id, &birth_pairs()).await.unwrap();
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
    app.state.services.filing.upload(&me, id, 6, "cccd.pdf", body).await.unwrap().unwrap();
    let code = app.state.services.filing.submit(&me, id).await.unwrap();
    (id, code)
}

/// A submitted criminal-record request (fee 200.000 đ, due before reception); returns its id.
pub async fn criminal_record(app: &TestApp) -> i64 {
    let me = person(app, DEMO_CITIZEN.email).await;
    let id = app.state.services.filing.create_draft(&me, "3.000333".to_owned()).await.unwrap();
    let pairs: Vec<(String, String)> = [
        ("chu_ho_so", "ban_than"),
        ("f.ho_ten", "Lò Thị Demo"),
        ("f.gioi_tinh", "nu"),
        ("f.ngay_sinh", "1990-05-19"),
        ("f.noi_sinh", "Sơn La"),
        ("f.quoc_tich", "Việt Nam"),
        ("f.dan_toc", "Thái"),
        ("f.so_dinh_danh", "014190000001"),
        ("f.noi_thuong_tru", "Bản Hụm"),
        ("f.xa_thuong_tru", "03670"),
        ("g.cu_tru.0.tu", "05/2004"),
        ("g.cu_tru.0.noi", "Sơn La"),
        ("g.cu_tru.1.tu", "09/2012"),
        ("g.cu_tru.1.noi", "Hà Nội"),
        ("g.cu_tru.1.nghe_nghiep", "Sinh viên"),
        ("f.loai_phieu", "1"),
        ("f.muc_dich", "Xin việc"),
        ("f.so_luong", "1"),
        ("f.cam_doan", "1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    app.state.services.filing.save_posted(&me, id, &pairs).await.unwrap();
    let body = futures::stream::iter(vec![Ok::<_, std::io::Error>(bytes::Bytes::from_static(PDF))]);
    app.state.services.filing.upload(&me, id, 2, "cccd.pdf", body).await.unwrap().unwrap();
    app.state.services.filing.submit(&me, id).await.unwrap();
    id
}

/// A notification as the gateway would sign it, for the order `txn_ref` of `amount` đồng.
pub fn notification(secret: &str, txn_ref: &str, amount: i64, response: &str, status: &str) -> String {
    let amount = server::services::payments::vnpay::amount_field(amount);
    server::services::payments::vnpay::signed_query(
        secret,
        [
            ("vnp_Amount", amount.as_str()),
            ("vnp_BankCode", "NCB"),
            ("vnp_OrderInfo", "Thanh toan"),
            ("vnp_PayDate", "20261122103500"),
            ("vnp_ResponseCode", response),
            ("vnp_TmnCode", "SANDBOX1"),
            ("vnp_TransactionNo", "14123456"),
            ("vnp_TransactionStatus", status),
            ("vnp_TxnRef", txn_ref),
        ],
    )
}

/// The order reference of a payment `citizen` starts for dossier `id` (the sandbox's request).
pub async fn started_payment(app: &TestApp, citizen: &str, id: i64) -> String {
    let started = app.post_form(&format!("/ho-so/{id}/thanh-toan"), &[], citizen).await;
    let query = started.location.expect("to the gateway").split_once('?').unwrap().1.to_owned();
    let request: Vec<(String, String)> = serde_urlencoded::from_str(&query).unwrap();
    request.into_iter().find(|(k, _)| k == "vnp_TxnRef").expect("an order reference").1
}

/// The dossier's version, as the officer's page carries it.
pub async fn version(app: &TestApp, id: i64) -> String {
    app.state
        .db
        .run(move |conn| {
            Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::version).first::<i32>(conn)?)
        })
        .await
        .unwrap()
        .to_string()
}

/// An officer's action on dossier `id`, posted with the version the page would show.
pub async fn act(app: &TestApp, session: &str, id: i64, action: &str, extra: &[(&str, &str)]) -> super::Posted {
    let v = version(app, id).await;
    // As the confirmation posts a move that ends the dossier (`backoffice_forms` tests it apart).
    let mut fields = vec![("hanh_dong", action), ("phien_ban", v.as_str()), ("xac_nhan", "1")];
    fields.extend_from_slice(extra);
    app.post_form(&format!("/can-bo/ho-so/{id}"), &fields, session).await
}

/// The text of a PDF the portal serves at `path` to `session` (NFC, as typed).
pub async fn pdf_text(app: &TestApp, path: &str, session: &str) -> (StatusCode, String) {
    let response = app
        .request(axum::http::Request::get(path).header("cookie", session).body(axum::body::Body::empty()).unwrap())
        .await;
    let status = response.status();
    let bytes = http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes();
    if status != StatusCode::OK {
        return (status, String::new());
    }
    (status, text_of_pdf(&bytes))
}

/// The text of a PDF's pages as one line of words (a heading may wrap), NFC as typed.
pub fn text_of_pdf(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    unicode_normalization::UnicodeNormalization::nfc(text.as_str()).collect()
}

/// The agency's register (Mẫu 07) of yesterday to tomorrow as a spreadsheet, for `session`:
/// the status and the XLSX file's bytes.
pub async fn register_xlsx(app: &TestApp, session: &str) -> (StatusCode, bytes::Bytes) {
    let today = (chrono::Utc::now() + chrono::Duration::hours(7)).date_naive();
    let range = format!("tu={}&den={}", today - chrono::Duration::days(1), today + chrono::Duration::days(1));
    let response = app
        .request(
            axum::http::Request::get(format!("/can-bo/so-theo-doi.xlsx?{range}"))
                .header("cookie", session)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await;
    let status = response.status();
    (status, http_body_util::BodyExt::collect(response.into_body()).await.unwrap().to_bytes())
}

/// The demo ward's officers a birth registration passes through, signed in once per test
/// (an officer enrols the authenticator at the first sign-in).
pub struct Crew {
    pub reception: String,
    pub specialist: String,
    pub police: String,
    pub leader: String,
}

impl Crew {
    pub async fn sign_in(app: &TestApp) -> Crew {
        use super::people::officer;
        Crew {
            reception: officer(app, "motcua@demo.sonla.vn").await,
            specialist: officer(app, "chuyenvien@demo.sonla.vn").await,
            police: officer(app, "congan@demo.sonla.vn").await,
            leader: officer(app, "lanhdao@demo.sonla.vn").await,
        }
    }
}

/// A birth registration filed, received and run through its workflow to the result returned
/// (the ward's specialist and the police propose, the leader approves, the counter attaches the
/// result and returns it); returns its id and code.
pub async fn returned_birth(app: &TestApp, crew: &Crew) -> (i64, String) {
    let (id, code) = submitted_birth(app).await;
    /// Who acts, the action, its fields.
    type Step<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);
    let steps: [Step; 7] = [
        (&crew.reception, "tiep_nhan", &[]),
        (&crew.reception, "chuyen_xu_ly", &[]),
        (&crew.specialist, "nhan_xu_ly", &[]),
        (&crew.specialist, "de_xuat", &[("ghi_chu", "Đủ điều kiện")]),
        (&crew.police, "nhan_xu_ly", &[]),
        (&crew.police, "de_xuat", &[("ghi_chu", "Đã đăng ký thường trú")]),
        (&crew.leader, "phe_duyet", &[]),
    ];
    for (session, action, extra) in steps {
        let done = act(app, session, id, action, extra).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{action}: {}", done.body);
    }
    let path = format!("/can-bo/ho-so/{id}/ket-qua");
    let attached = super::forms::post_multipart(app, &path, &crew.reception, &[], &[("tep", "ket-qua.pdf", PDF)]).await;
    assert_eq!(attached.status, StatusCode::SEE_OTHER);
    assert_eq!(act(app, &crew.reception, id, "tra_ket_qua", &[]).await.status, StatusCode::SEE_OTHER);
    (id, code)
}

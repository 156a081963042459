//! Signed papers, on SQLite and PostgreSQL: the receipt (Mẫu 01) and the result's cover page of a
//! returned birth registration leave the portal signed with the ward's demo certificate; poppler's
//! `pdfsig` (any PDF reader's check) finds the signature valid, and invalid once a byte changed;
//! the public check `/xac-thuc/{code}` recognises the signed file and not the changed one; the
//! agency's private key is stored sealed; an agency without a key prints unsigned papers.

use crate::common;

use common::Backend;
use common::dossiers::{Crew, returned_birth};
use common::papers::{fetched, pdfsig};
use common::people::{seeded, session_of};
use diesel::prelude::*;
use server::db::schema::{dossiers, signed_papers, signing_keys};
use server::seed::accounts::DEMO_CITIZEN;
use sha2::{Digest, Sha256};

/// `pdf` with one byte of its binary-mark comment (line 2) changed: still a readable PDF.
fn one_byte_changed(pdf: &[u8]) -> Vec<u8> {
    let mut changed = pdf.to_vec();
    let comment = pdf.iter().position(|b| *b == b'\n').unwrap() + 2;
    changed[comment] ^= 0x01;
    changed
}

both_backends!(papers_are_signed_and_checked, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let (id, code) = returned_birth(&app, &crew).await;
    let agency: i64 = app
        .state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::agency_id).first(conn)?))
        .await
        .unwrap();
    let (subject, sealed, pem): (String, String, String) = app
        .state
        .db
        .run(move |conn| {
            Ok(signing_keys::table
                .filter(signing_keys::agency_id.eq(agency))
                .select((signing_keys::subject, signing_keys::sealed_key, signing_keys::certificate))
                .first(conn)?)
        })
        .await
        .unwrap();
    assert!(sealed.starts_with("v1:") && !sealed.contains("PRIVATE"), "the key is stored sealed");
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));

    for path in [format!("/ho-so/{id}/giay-tiep-nhan.pdf"), format!("/ho-so/{id}/trang-bia-ket-qua.pdf")] {
        let pdf = fetched(&app, &path, &citizen).await;
        let said = pdfsig(&pdf);
        assert!(said.contains("Signature is Valid"), "{path}: {said}");
        assert!(said.contains("ETSI.CAdES.detached") && said.contains(&subject), "{path}: {said}");
        assert!(common::dossiers::text_of_pdf(&pdf).contains(&code), "still the paper it was");
        let changed = pdfsig(&one_byte_changed(&pdf));
        assert!(!changed.contains("Signature is Valid") && changed.contains("Digest Mismatch"), "{path}: {changed}");

        // The public check knows the signed file by its hash, and not the changed one.
        let hash = hex::encode(Sha256::digest(&pdf));
        let (_, page) = app.get(&format!("/xac-thuc/{code}?sha256={hash}")).await;
        assert!(page.contains("văn bản cơ quan đã ký số") && page.contains(&subject), "{page}");
        assert!(page.contains("chứng thư thử nghiệm của bản trình diễn"), "a test certificate is said to be one");
        let hash = hex::encode(Sha256::digest(one_byte_changed(&pdf)));
        let (_, page) = app.get(&format!("/xac-thuc/{code}?sha256={hash}")).await;
        assert!(page.contains("Không khớp") && !page.contains("đã ký số"), "{page}");
    }
    let receipt_hash =
        hex::encode(Sha256::digest(fetched(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &citizen).await));
    let (_, page) = app.get(&format!("/xac-thuc/{code}?sha256={receipt_hash}")).await;
    assert!(page.contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"), "names the paper");

    // An expired certificate signs nothing (a reader would show the signature as invalid).
    let past = shared::time::now() - chrono::Duration::days(1);
    app.state
        .db
        .run(move |conn| {
            Ok(diesel::update(signing_keys::table.filter(signing_keys::agency_id.eq(agency)))
                .set(signing_keys::not_after.eq(past))
                .execute(conn)?)
        })
        .await
        .unwrap();
    let unsigned = fetched(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &citizen).await;
    assert!(pdfsig(&unsigned).contains("does not contain any signatures"), "{}", pdfsig(&unsigned));

    // An agency whose key is gone (none installed yet) prints its papers unsigned.
    app.state
        .db
        .run(move |conn| {
            diesel::delete(signed_papers::table).execute(conn)?;
            Ok(diesel::delete(signing_keys::table.filter(signing_keys::agency_id.eq(agency))).execute(conn)?)
        })
        .await
        .unwrap();
    let unsigned = fetched(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &citizen).await;
    assert!(pdfsig(&unsigned).contains("does not contain any signatures"), "{}", pdfsig(&unsigned));
    assert!(common::dossiers::text_of_pdf(&unsigned).contains(&code));
});

/// A key and a certificate naming `subject`, as PEM (what an administrator pastes).
fn key_pair(subject: &str) -> (String, String) {
    use server::services::signatures::{cms, pem};
    let pkcs8 = cms::PrivateKey::generate();
    let key = cms::PrivateKey::from_pkcs8(&pkcs8).unwrap();
    let der = cms::demo_certificate(&key, subject, "Tổ chức chứng thực thử", shared::time::now());
    (pem("CERTIFICATE", &der), pem("PRIVATE KEY", &pkcs8))
}

both_backends!(an_agency_admin_installs_its_key_and_receipt_book, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let ward_admin = common::people::officer(&app, "quantricoquan@demo.sonla.vn").await;
    let (id, code) = returned_birth(&app, &crew).await;
    let agency: i64 = app
        .state
        .db
        .run(move |conn| Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::agency_id).first(conn)?))
        .await
        .unwrap();
    let keys = || async {
        app.state
            .db
            .run(move |conn| {
                Ok(signing_keys::table.filter(signing_keys::agency_id.eq(agency)).count().get_result::<i64>(conn)?)
            })
            .await
            .unwrap()
    };

    // The page: the demo certificate in use, said to be a test one; nobody else's to set.
    let (status, page) = app.get_with("/quan-tri/chu-ky-so", &[("cookie", &ward_admin)]).await;
    assert_eq!(status, axum::http::StatusCode::OK);
    assert!(page.contains("Chứng thư thử nghiệm do bản trình diễn tạo") && page.contains("DEMO-26E"), "{page}");
    for session in [&citizen, &crew.reception] {
        let (status, _) = app.get_with("/quan-tri/chu-ky-so", &[("cookie", session)]).await;
        assert_eq!(status, axum::http::StatusCode::FORBIDDEN);
    }

    // A key that is not the certificate's: refused on its field, the key never echoed, nothing stored.
    let (cert, _) = key_pair("Ủy ban nhân dân phường Tô Hiệu — chứng thư cơ quan");
    let (_, other_key) = key_pair("Người khác");
    let agency_field = agency.to_string();
    let install = |agency: String, cert: String, key: String, session: String| {
        let app = &app;
        async move {
            let pairs = [("co_quan", agency.as_str()), ("chung_thu", cert.as_str()), ("khoa", key.as_str())];
            app.post_form("/quan-tri/chu-ky-so/khoa", &pairs, &session).await
        }
    };
    let refused = install(agency_field.clone(), cert.clone(), other_key.clone(), ward_admin.clone()).await;
    assert_eq!(refused.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY, "{}", refused.body);
    assert!(refused.body.contains("Khóa bí mật không khớp với chứng thư số."), "{}", refused.body);
    let key_body = other_key.lines().nth(1).unwrap();
    assert!(!refused.body.contains(key_body), "the private key is never shown again");
    assert_eq!(keys().await, 1);

    // A key pasted into the certificate's box (a combined .pem) is refused and never shown again.
    let combined = install(agency_field.clone(), format!("{cert}{other_key}"), String::new(), ward_admin.clone()).await;
    assert_eq!(combined.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        !combined.body.contains(key_body) && !combined.body.contains("-----END PRIVATE KEY-----"),
        "{}",
        combined.body
    );

    // Another agency's admin may not; a citizen may not.
    let (cert, key) = key_pair("Ủy ban nhân dân phường Tô Hiệu — chứng thư cơ quan");
    let by_citizen = install(agency_field.clone(), cert.clone(), key.clone(), citizen.clone()).await;
    assert_eq!(by_citizen.status, axum::http::StatusCode::FORBIDDEN);
    let elsewhere = install((agency + 1).to_string(), cert.clone(), key.clone(), ward_admin.clone()).await;
    assert_eq!(elsewhere.status, axum::http::StatusCode::FORBIDDEN);
    assert_eq!(keys().await, 1);

    // Installed: the next paper is signed with it, and the page says so.
    let saved = install(agency_field.clone(), cert, key, ward_admin.clone()).await;
    assert_eq!(saved.location.as_deref(), Some("/quan-tri/chu-ky-so?da_luu=1"), "{}", saved.body);
    assert_eq!(keys().await, 2);
    let receipt = fetched(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &citizen).await;
    let said = pdfsig(&receipt);
    assert!(said.contains("Signature is Valid") && said.contains("chứng thư cơ quan"), "{said}");
    let (_, page) = app.get_with("/quan-tri/chu-ky-so", &[("cookie", &ward_admin)]).await;
    assert!(page.contains("chứng thư cơ quan") && page.contains("Chứng thư trước đây"), "{page}");
    let hash = hex::encode(Sha256::digest(&receipt));
    let (_, check) = app.get(&format!("/xac-thuc/{code}?sha256={hash}")).await;
    assert!(check.contains("chứng thư cơ quan") && !check.contains("chứng thư thử nghiệm"), "{check}");
    let (_, log) = app
        .get_with("/quan-tri/nhat-ky", &[("cookie", &common::people::officer(&app, "quantri@demo.sonla.vn").await)])
        .await;
    assert!(log.contains("Cài đặt chữ ký số, biên lai điện tử"), "the change is in the audit log");

    // The receipt book: a bad symbol is refused on its field; good ones are in use from now on.
    let bad = [("co_quan", agency_field.as_str()), ("ky_hieu_mau", "01BLP0-001"), ("ky_hieu", "sai ký hiệu")];
    let refused = app.post_form("/quan-tri/chu-ky-so/bien-lai", &bad, &ward_admin).await;
    assert_eq!(refused.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Nhập ký hiệu biên lai") && refused.body.contains("sai ký hiệu"), "typed kept");
    let good = [("co_quan", agency_field.as_str()), ("ky_hieu_mau", "01BLP0-002"), ("ky_hieu", "TH-26E")];
    let saved = app.post_form("/quan-tri/chu-ky-so/bien-lai", &good, &ward_admin).await;
    assert_eq!(saved.status, axum::http::StatusCode::SEE_OTHER);
    let (_, page) = app.get_with("/quan-tri/chu-ky-so", &[("cookie", &ward_admin)]).await;
    assert!(page.contains(r#"value="TH-26E""#) && page.contains(r#"value="01BLP0-002""#), "{page}");
});

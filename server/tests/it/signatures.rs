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
        let hash = hex::encode(Sha256::digest(one_byte_changed(&pdf)));
        let (_, page) = app.get(&format!("/xac-thuc/{code}?sha256={hash}")).await;
        assert!(page.contains("Không khớp") && !page.contains("đã ký số"), "{page}");
    }
    let receipt_hash =
        hex::encode(Sha256::digest(fetched(&app, &format!("/ho-so/{id}/giay-tiep-nhan.pdf"), &citizen).await));
    let (_, page) = app.get(&format!("/xac-thuc/{code}?sha256={receipt_hash}")).await;
    assert!(page.contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)"), "names the paper");

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

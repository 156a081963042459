//! What one account may keep, on both databases with the real local store: a quota of bytes
//! and a number of files per document requirement, checked before and after the stream; and
//! the daily collection of files no dossier holds and of objects no row names.

use crate::common;

use common::people::{person, seeded};
use common::{Backend, TestApp};
use diesel::prelude::*;
use futures::StreamExt;
use object_store::ObjectStoreExt;
use object_store::path::Path;
use server::db::schema::stored_files;
use server::seed::accounts::DEMO_CITIZEN;
use server::services::dossier::documents::StorageLimits;
use server::services::filing::Filing;
use shared::dossier::UploadProblem;

fn pdf(size: usize) -> bytes::Bytes {
    let mut body = b"%PDF-1.7\n".to_vec();
    body.resize(size, b' ');
    bytes::Bytes::from(body)
}

fn stream(body: bytes::Bytes) -> impl futures::Stream<Item = Result<bytes::Bytes, std::io::Error>> + Unpin {
    futures::stream::iter(vec![Ok(body)])
}

/// The portal's filing service with small limits: 1,000 bytes an account, 2 files a requirement.
fn small(app: &TestApp) -> Filing {
    let limits = StorageLimits { quota_bytes: 1_000, files_per_requirement: 2 };
    Filing::new(
        app.state.db.clone(),
        app.state.store.clone(),
        app.state.scanner.clone(),
        app.state.services.filing.base_url().clone(),
        20 << 20,
        limits,
    )
}

both_backends!(the_quota_and_the_files_per_requirement_hold, |backend: Backend| async move {
    let app = seeded(backend).await;
    let filing = small(&app);
    let me = person(&app, DEMO_CITIZEN.email).await;
    let draft = filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    assert!(filing.upload(&me, draft, 6, "a.pdf", stream(pdf(300))).await.unwrap().is_ok());
    assert!(filing.upload(&me, draft, 6, "b.pdf", stream(pdf(301))).await.unwrap().is_ok());
    let third = filing.upload(&me, draft, 6, "c.pdf", stream(pdf(10))).await.unwrap();
    assert_eq!(third, Err(UploadProblem::TooManyFiles));
    // 601 of 1,000 bytes used (distinct files: the same one twice is stored once): 500 more is over, and stops the stream at what is left.
    let over = filing.upload(&me, draft, 7, "d.pdf", stream(pdf(500))).await.unwrap();
    assert_eq!(over, Err(UploadProblem::QuotaExceeded));
    assert!(filing.upload(&me, draft, 7, "e.pdf", stream(pdf(299))).await.unwrap().is_ok());
    let objects = app.state.store.list(Some(&Path::from("files"))).count().await;
    assert_eq!(objects, 3, "refused files left nothing in storage");
});

both_backends!(unreferenced_files_and_objects_are_collected_after_their_grace, |backend: Backend| async move {
    let app = seeded(backend).await;
    let me = person(&app, DEMO_CITIZEN.email).await;
    let draft = app.state.services.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    app.state.services.filing.upload(&me, draft, 6, "a.pdf", stream(pdf(100))).await.unwrap().unwrap();
    let kept_draft = app.state.services.filing.create_draft(&me, "1.001193".to_owned()).await.unwrap();
    app.state.services.filing.upload(&me, kept_draft, 6, "b.pdf", stream(pdf(101))).await.unwrap().unwrap();
    // The first file was uploaded long ago: its grace counts from when it lost its dossier.
    app.state
        .db
        .run(|conn| {
            let long_ago = shared::time::now() - chrono::Duration::days(60);
            diesel::update(stored_files::table.filter(stored_files::display_name.eq("a.pdf")))
                .set(stored_files::created_at.eq(long_ago))
                .execute(conn)?;
            Ok(())
        })
        .await
        .unwrap();
    // The first draft is deleted: its file is held by no dossier any more.
    app.state.services.filing.delete_draft(&me, draft).await.unwrap();
    // An object whose upload broke off before its row (a crash), old, and one just written.
    let root = app.db.dir.path().join("objects");
    for (name, old) in [("files/1/interrupted", true), ("files/1/in-flight", false)] {
        app.state.store.put(&Path::from(name), b"%PDF-".to_vec().into()).await.unwrap();
        if old {
            let file = std::fs::File::options().write(true).open(root.join(name)).unwrap();
            file.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(3 * 86_400)).unwrap();
        }
    }
    // Within the grace period nothing of a person's goes.
    let now = shared::time::now();
    let collected = server::services::dossier::orphans::collect(&app.state.db, &app.state.store, now).await.unwrap();
    assert_eq!(collected.unlinked_files, 0);
    assert_eq!(collected.orphan_objects, 1, "only the old object without a row");
    // A week later the unheld file goes, row and object; the draft's file stays.
    let later = now + server::services::dossier::orphans::UNLINKED_GRACE + chrono::Duration::days(2);
    let collected = server::services::dossier::orphans::collect(&app.state.db, &app.state.store, later).await.unwrap();
    assert_eq!(collected.unlinked_files, 1);
    let names: Vec<String> =
        app.state.db.run(|conn| Ok(stored_files::table.select(stored_files::display_name).load(conn)?)).await.unwrap();
    assert_eq!(names, ["b.pdf"]);
    let left: Vec<String> = app
        .state
        .store
        .list(Some(&Path::from("files")))
        .map(|m| m.unwrap().location.to_string())
        .collect::<Vec<_>>()
        .await;
    assert_eq!(left.len(), 1, "only the kept draft's object: {left:?}");
});

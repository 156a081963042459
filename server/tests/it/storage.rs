//! Object storage through the portal's own configuration: the local folder, and an S3-protocol
//! server (moto, started by scripts/test.sh on loopback) with endpoint and path-style requests.

use crate::common;

use common::{Backend, TestDb, create_bucket, s3_endpoint};
use object_store::path::Path;
use object_store::{ObjectStoreExt, PutPayload};

/// The portal's configuration for an S3-protocol store at `endpoint`/`bucket`.
fn s3_config(test_db: &TestDb, endpoint: &str, bucket: &str) -> server::config::Config {
    let data = test_db.dir.path().to_string_lossy().into_owned();
    server::config::Config::from_source(&server::config::Source::from_pairs(&[
        ("DATABASE_URL", &test_db.url),
        ("PORTAL_DATA_DIR", &data),
        ("PORTAL_STORAGE", "s3"),
        ("PORTAL_S3_ENDPOINT", endpoint),
        ("PORTAL_S3_BUCKET", bucket),
        ("AWS_ACCESS_KEY_ID", "test"),
        ("AWS_SECRET_ACCESS_KEY", "test"),
    ]))
    .unwrap()
}

async fn round_trip(store: &server::storage::Store) {
    let key = Path::from("dossiers/1/2");
    let bytes = "Tờ khai đăng ký khai sinh".as_bytes().to_vec();
    store.put(&key, PutPayload::from(bytes.clone())).await.unwrap();
    let got = store.get(&key).await.unwrap().bytes().await.unwrap();
    assert_eq!(got.as_ref(), bytes.as_slice());
    assert_eq!(store.head(&key).await.unwrap().size, bytes.len() as u64);
    server::storage::ping(store).await.unwrap();
}

#[tokio::test]
async fn local_folder_store_round_trips() {
    let test_db = TestDb::new(Backend::Sqlite);
    let config = test_db.config();
    let store = server::storage::build(&config.storage).unwrap();
    round_trip(&store).await;
    assert!(test_db.dir.path().join("objects/dossiers/1/2").exists(), "files land under PORTAL_DATA_DIR/objects");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_protocol_store_round_trips_and_is_ready() {
    let endpoint = s3_endpoint();
    let bucket = format!("ho-so-{:08x}", rand::random::<u32>());
    create_bucket(&endpoint, &bucket);
    let test_db = TestDb::new(Backend::Sqlite);
    let config = s3_config(&test_db, &endpoint, &bucket);
    let state = server::build_state(&config).await.unwrap();
    round_trip(&state.store).await;
    use tower::ServiceExt;
    let ready = server::http::router(state)
        .oneshot(axum::http::Request::get("/readyz").body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(ready.status(), axum::http::StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_reports_an_unreachable_store() {
    let test_db = TestDb::new(Backend::Sqlite);
    // Nothing listens on port 9 (discard) on this machine.
    let config = s3_config(&test_db, "http://127.0.0.1:9", "missing");
    let state = server::build_state(&config).await.unwrap();
    use tower::ServiceExt;
    let ready = server::http::router(state)
        .oneshot(axum::http::Request::get("/readyz").body(axum::body::Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(ready.status(), axum::http::StatusCode::SERVICE_UNAVAILABLE);
    let body = http_body_util::BodyExt::collect(ready.into_body()).await.unwrap().to_bytes();
    assert_eq!(String::from_utf8_lossy(&body), r#"{"antivirus":"off","database":"ok","storage":"unreachable"}"#);
}

/// A document streamed through the filing upload path into the S3-protocol store: several
/// multipart parts, hashed on the way; a too-large one is aborted and leaves no object.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_stream_into_the_s3_protocol_store() {
    use server::services::dossier::upload::store_stream;
    use sha2::Digest;
    let endpoint = s3_endpoint();
    let bucket = format!("ho-so-{:08x}", rand::random::<u32>());
    create_bucket(&endpoint, &bucket);
    let test_db = TestDb::new(Backend::Sqlite);
    let config = s3_config(&test_db, &endpoint, &bucket);
    let store = server::storage::build(&config.storage).unwrap();
    let mut data = b"%PDF-1.7\n".to_vec();
    data.resize(12 * 1024 * 1024, 7);
    let chunks: Vec<Result<bytes::Bytes, std::io::Error>> =
        data.chunks(256 * 1024).map(|c| Ok(bytes::Bytes::copy_from_slice(c))).collect();
    let key = Path::from("files/1/s3-upload");
    let stored = store_stream((&store, &common::scanner()), &key, futures::stream::iter(chunks), 20 * 1024 * 1024)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.size, data.len() as u64);
    assert_eq!(stored.sha256, hex::encode(sha2::Sha256::digest(&data)));
    let got = store.get(&key).await.unwrap().bytes().await.unwrap();
    assert_eq!(got.len(), data.len());

    let too_big: Vec<Result<bytes::Bytes, std::io::Error>> =
        data.chunks(256 * 1024).map(|c| Ok(bytes::Bytes::copy_from_slice(c))).collect();
    let refused_key = Path::from("files/1/too-big");
    let refused =
        store_stream((&store, &common::scanner()), &refused_key, futures::stream::iter(too_big), 6 * 1024 * 1024)
            .await
            .unwrap();
    assert_eq!(refused, Err(shared::dossier::UploadProblem::TooLarge));
    assert!(store.head(&refused_key).await.is_err(), "an aborted upload leaves no object");

    // A file the scanner finds infected is aborted before it becomes an object.
    let infected_key = Path::from("files/1/infected");
    let infected = vec![Ok::<_, std::io::Error>(bytes::Bytes::from(common::eicar_pdf()))];
    let scanner = common::scanner();
    let refused = store_stream((&store, &scanner), &infected_key, futures::stream::iter(infected), 1 << 20).await;
    assert_eq!(refused.unwrap(), Err(shared::dossier::UploadProblem::Infected));
    assert!(store.head(&infected_key).await.is_err(), "an infected upload leaves no object");
}

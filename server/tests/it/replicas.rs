//! Two replicas behind a load balancer (issue #20): two `portal serve` processes on one
//! PostgreSQL database and one S3-protocol store (moto), behind nginx (round robin, so every other
//! request goes to the other replica), each running its worker. The filing and back-office
//! journeys run through the balancer with zero errors: sessions and CSRF tokens made by one
//! replica hold at the other, documents go to the shared store, the shared rate limit counts
//! requests to both, a catalog import shows on both, jobs are claimed once, and payment
//! notifications reaching either replica settle once. It prints its counts.

use crate::common;

use common::people::{birth_fields, officer, session_of};
use common::process::{Form, Server, free_port, post};
use common::{Backend, TestApp, TestDb};
use diesel::prelude::*;
use server::db::schema::{dossiers, jobs, payments};
use server::seed::accounts::DEMO_CITIZEN;
use std::collections::BTreeMap;
use std::time::Duration;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

/// nginx in front of `upstreams`, on `port`, logging which replica answered each request.
struct Balancer {
    child: std::process::Child,
    dir: tempfile::TempDir,
}

impl Balancer {
    fn start(port: u16, upstreams: &[u16]) -> Balancer {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().display().to_string();
        let servers: String = upstreams.iter().map(|p| format!("server 127.0.0.1:{p};")).collect();
        let conf = format!(
            "master_process off; daemon off; pid {root}/nginx.pid; error_log {root}/error.log;
             events {{ worker_connections 256; }}
             http {{
               log_format upstream '$status $upstream_addr';
               access_log {root}/access.log upstream;
               client_body_temp_path {root}/body; proxy_temp_path {root}/proxy;
               fastcgi_temp_path {root}/fcgi; uwsgi_temp_path {root}/uwsgi; scgi_temp_path {root}/scgi;
               upstream portal {{ {servers} keepalive 8; }}
               server {{
                 listen 127.0.0.1:{port};
                 client_max_body_size 25m;
                 location / {{
                   proxy_pass http://portal;
                   proxy_http_version 1.1;
                   proxy_set_header Connection \"\";
                   proxy_set_header Host $http_host;
                   proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                   proxy_set_header X-Forwarded-Proto $scheme;
                   proxy_request_buffering off;
                 }}
               }}
             }}"
        );
        let file = dir.path().join("nginx.conf");
        std::fs::write(&file, conf).unwrap();
        let nginx = if std::path::Path::new("/usr/sbin/nginx").exists() { "/usr/sbin/nginx" } else { "nginx" };
        let child = std::process::Command::new(nginx)
            .arg("-c")
            .arg(&file)
            .arg("-p")
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("nginx (scripts/setup.sh --tests installs it)");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Balancer { child, dir }
    }

    /// Requests answered, by replica, and how many of them were server errors.
    fn counts(&self) -> (BTreeMap<String, usize>, usize) {
        let log = std::fs::read_to_string(self.dir.path().join("access.log")).unwrap_or_default();
        let mut by = BTreeMap::new();
        let mut errors = 0;
        for line in log.lines() {
            let (status, upstream) = line.split_once(' ').unwrap_or((line, "-"));
            *by.entry(upstream.to_owned()).or_default() += 1;
            errors += usize::from(status.starts_with('5'));
        }
        (by, errors)
    }
}

impl Drop for Balancer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The portal on PostgreSQL and a fresh bucket of the S3-protocol server, seeded in this process.
async fn shared_backends(bucket: &str) -> (TestApp, Vec<(&'static str, String)>) {
    let db = TestDb::new(Backend::Postgres);
    let endpoint = common::s3_endpoint();
    common::create_bucket(&endpoint, bucket);
    let data = db.dir.path().to_string_lossy().into_owned();
    let clamd = format!("clamd://{}", common::clamd_address());
    let settings: Vec<(&'static str, String)> = vec![
        ("PORTAL_STORAGE", "s3".to_owned()),
        ("PORTAL_S3_ENDPOINT", endpoint),
        ("PORTAL_S3_BUCKET", bucket.to_owned()),
        ("AWS_ACCESS_KEY_ID", "test".to_owned()),
        ("AWS_SECRET_ACCESS_KEY", "test".to_owned()),
        ("PORTAL_TRUSTED_PROXIES", "127.0.0.1".to_owned()),
    ];
    let mut pairs: Vec<(&str, &str)> = vec![
        ("DATABASE_URL", db.url.as_str()),
        ("PORTAL_DATA_DIR", data.as_str()),
        ("PORTAL_DB_POOL_SIZE", "4"),
        ("PORTAL_ANTIVIRUS", clamd.as_str()),
    ];
    pairs.extend(settings.iter().map(|(k, v)| (*k, v.as_str())));
    let config = server::config::Config::from_source(&server::config::Source::from_pairs(&pairs)).unwrap();
    let state = server::build_state(&config).await.expect("state");
    server::seed::seed_demo(&state.db).await.expect("demo seed");
    server::seed::accounts::seed_demo_accounts(&state.db).await.expect("demo accounts");
    server::seed::seed_demo_papers(&state.db, state.services.signatures.clone()).await.expect("demo keys");
    (TestApp { state, db, origin: "http://127.0.0.1:3000".to_owned() }, settings)
}

/// Asserts `status`, counting the request.
fn expect(counted: &mut usize, what: &str, got: reqwest::StatusCode, wanted: u16) {
    *counted += 1;
    assert_eq!(got.as_u16(), wanted, "{what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_behind_nginx_serve_the_journeys_without_an_error() {
    tokio::time::timeout(Duration::from_secs(300), journeys()).await.expect("the journeys hung");
}

async fn journeys() {
    let bucket = format!("replicas-{:08x}", rand::random::<u32>());
    let (app, settings) = shared_backends(&bucket).await;
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let counter = officer(&app, "motcua@demo.sonla.vn").await;
    let (front, ports) = (free_port(), [free_port(), free_port()]);
    let public = format!("http://127.0.0.1:{front}");
    let mut env: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    env.push(("PORTAL_BASE_URL", public.as_str()));
    env.push(("RUST_LOG", "error"));
    let replicas: Vec<Server> = ports.iter().map(|p| Server::start_with(&app, *p, None, &env)).collect();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    for replica in &replicas {
        replica.ready(&client).await;
    }
    let balancer = Balancer::start(front, &ports);
    let mut sent = 0;

    // Filing through the balancer: create, save with documents, submit, read; five times.
    let mut filed = Vec::new();
    for n in 0..5 {
        let created = post(&client, &public, "/ho-so/tao", &citizen, Form::Plain(&[("thu_tuc", "1.001193")]));
        let created = created.send().await.unwrap();
        expect(&mut sent, "a draft", created.status(), 303);
        let path = created.headers()["location"].to_str().unwrap().to_owned();
        let mut save = birth_fields();
        save.push(("hanh_dong", "luu"));
        let own = format!("%PDF-1.7\n1 0 obj << /N {n} >> endobj\n%%EOF\n").into_bytes();
        let files: &[(&str, &str, &[u8])] = &[("tep.2", "giay-chung-sinh.pdf", PDF), ("tep.6", "cccd.pdf", &own)];
        let saved = post(&client, &public, &path, &citizen, Form::Multipart(&save, files)).send().await.unwrap();
        expect(&mut sent, "saved with documents", saved.status(), 303);
        let mut submit = birth_fields();
        submit.push(("hanh_dong", "nop"));
        let submitted = post(&client, &public, &path, &citizen, Form::Multipart(&submit, &[])).send().await.unwrap();
        expect(&mut sent, "submitted", submitted.status(), 303);
        for _ in 0..2 {
            let page = client.get(format!("{public}{path}")).header("cookie", &citizen).send().await.unwrap();
            expect(&mut sent, "the dossier's page, at either replica", page.status(), 200);
            assert!(page.text().await.unwrap().contains("Chờ tiếp nhận"));
        }
        filed.push(path.trim_start_matches("/ho-so/").parse::<i64>().unwrap());
    }

    // The counter receives each, through the balancer; a document each replica reads from the store.
    for id in &filed {
        let version = common::dossiers::version(&app, *id).await;
        let fields = [("hanh_dong", "tiep_nhan"), ("phien_ban", version.as_str()), ("xac_nhan", "1")];
        let path = format!("/can-bo/ho-so/{id}");
        let received = post(&client, &public, &path, &counter, Form::Plain(&fields)).send().await.unwrap();
        expect(&mut sent, "received", received.status(), 303);
        let page = client.get(format!("{public}{path}")).header("cookie", &counter).send().await.unwrap();
        expect(&mut sent, "the officer's page", page.status(), 200);
        let body = page.text().await.unwrap();
        let file = body.split("/tai-lieu/").nth(1).and_then(|s| s.split(['"', '?']).next()).expect("a document link");
        for _ in 0..2 {
            let got = client.get(format!("{public}/tai-lieu/{file}")).header("cookie", &counter).send().await.unwrap();
            expect(&mut sent, "a document from the shared store", got.status(), 200);
        }
    }
    let received: i64 = app
        .state
        .db
        .run(|c| Ok(dossiers::table.filter(dossiers::status.eq("DaTiepNhan")).count().get_result(c)?))
        .await
        .unwrap();
    assert_eq!(received, 5);

    // The public lookup's limit is one count for both replicas.
    let limit = server::services::filing::lookup::LOOKUPS_PER_MINUTE as usize;
    let mut allowed = 0;
    for _ in 0..2 * limit {
        let answer =
            client.get(format!("{public}/api/v1/lookup?code=000.01.50.H52-261208-9999&check=000000")).send().await;
        let status = answer.unwrap().status().as_u16();
        sent += 1;
        assert!(status == 404 || status == 429, "{status}");
        allowed += usize::from(status == 404);
    }
    assert_eq!(allowed, limit, "one limit across the replicas, not one each");

    // A catalog imported (by the province's administrator) shows on both replicas.
    let mut catalog: serde_json::Value =
        serde_json::from_str(include_str!("../../src/seed/demo_catalog.json")).unwrap();
    let today = shared::time::iso_date(shared::time::today());
    for procedure in catalog["procedures"].as_array_mut().unwrap() {
        if procedure["code"] == "1.001193" {
            procedure["name"] = "Đăng ký khai sinh (sửa đổi 2026)".into();
            procedure["effective_from"] = today.clone().into();
        }
    }
    let file = app.db.dir.path().join("catalog.json");
    std::fs::write(&file, catalog.to_string()).unwrap();
    let mut import = std::process::Command::new(env!("CARGO_BIN_EXE_portal"));
    import.args(["catalog", "import"]).arg(&file).env("PORTAL_DATA_DIR", app.db.dir.path());
    for (k, v) in &env {
        import.env(k, v);
    }
    let imported = import.env("DATABASE_URL", &app.db.url).output().unwrap();
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    let mut fresh = 0;
    for _ in 0..100 {
        let page = client.get(format!("{public}/thu-tuc/1.001193")).send().await.unwrap();
        sent += 1;
        assert_eq!(page.status(), 200);
        fresh = if page.text().await.unwrap().contains("sửa đổi 2026") { fresh + 1 } else { 0 };
        if fresh >= 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(fresh >= 4, "both replicas show the imported catalog (within the public pages' cache time)");

    // Payment notifications, one to each replica directly: settled once.
    let fee = common::dossiers::criminal_record(&app).await;
    let txn_ref = common::dossiers::started_payment(&app, &citizen, fee).await;
    let notification =
        common::dossiers::notification(server::config::payment::SANDBOX_SECRET, &txn_ref, 200_000, "00", "00");
    let ipn = |origin: &str| client.get(format!("{origin}/api/v1/thanh-toan/vnpay/ipn?{notification}")).send();
    let (a, b) = tokio::join!(ipn(&replicas[0].origin), ipn(&replicas[1].origin));
    let mut codes = Vec::new();
    for answer in [a, b] {
        let text = answer.unwrap().text().await.unwrap();
        codes.push(serde_json::from_str::<serde_json::Value>(&text).unwrap()["RspCode"].as_str().unwrap().to_owned());
    }
    codes.sort();
    assert_eq!(codes, ["00", "02"], "one settles, the other finds it settled");
    let paid: i64 = app
        .state
        .db
        .run(move |c| {
            let paid = payments::table.filter(payments::dossier_id.eq(fee)).filter(payments::state.eq("paid"));
            Ok(paid.count().get_result(c)?)
        })
        .await
        .unwrap();
    assert_eq!(paid, 1);

    // The workers of both replicas ran the jobs due (the daily ones, scheduled by both): each
    // claimed by one worker, once.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let claims: Vec<(String, i32, Option<String>)> = app
        .state
        .db
        .run(|c| Ok(jobs::table.select((jobs::kind, jobs::attempts, jobs::locked_by)).load(c)?))
        .await
        .unwrap();
    assert!(!claims.is_empty(), "the daily jobs were scheduled");
    for (kind, attempts, _) in &claims {
        assert!(*attempts <= 1, "{kind} claimed {attempts} times");
    }
    let workers: std::collections::BTreeSet<String> = claims.iter().filter_map(|(_, _, by)| by.clone()).collect();

    let (by, errors) = balancer.counts();
    assert_eq!(errors, 0, "no server error through the balancer");
    assert_eq!(by.len(), 2, "both replicas answered: {by:?}");
    assert!(by.values().all(|n| *n >= sent / 3), "round robin: {by:?}");
    println!(
        "two replicas behind nginx: {sent} requests, {} through the balancer ({}), 0 errors; 5 dossiers filed and received; \
         {allowed} of {} lookups allowed (limit {limit}, shared); payment notified at both, settled once; {} jobs, each claimed once, by {} worker(s)",
        by.values().sum::<usize>(),
        by.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", "),
        2 * limit,
        claims.len(),
        workers.len()
    );
    for replica in replicas {
        replica.kill();
    }
}

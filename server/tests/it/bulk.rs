//! Bulk work on the officers' queue, on SQLite and PostgreSQL: the counter receives the dossiers
//! it ticked, each on its own — one already received and one of another agency are reported and
//! left as they were, the other agency's without its code —; the same message goes to each
//! dossier ticked, once even when the form is posted twice; nothing ticked, too many, or someone
//! who does not work on dossiers changes nothing.

use crate::common;

use axum::http::StatusCode;
use common::dossiers::{Crew, act, criminal_record, submitted_birth};
use common::people::{seeded, session_of};
use common::{Backend, TestApp};
use diesel::prelude::*;
use server::db::schema::{dossier_messages, dossiers};
use server::seed::accounts::DEMO_CITIZEN;

async fn status_of(app: &TestApp, id: i64) -> (String, i32) {
    app.state
        .db
        .run(move |conn| {
            Ok(dossiers::table.filter(dossiers::id.eq(id)).select((dossiers::status, dossiers::version)).first(conn)?)
        })
        .await
        .unwrap()
}

async fn code_of(app: &TestApp, id: i64) -> String {
    app.state
        .db
        .run(move |conn| {
            Ok(dossiers::table.filter(dossiers::id.eq(id)).select(dossiers::code).first::<Option<String>>(conn)?)
        })
        .await
        .unwrap()
        .unwrap()
}

both_backends!(each_dossier_ticked_is_received_on_its_own_and_reported, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (a, code_a) = submitted_birth(&app).await;
    let (b, code_b) = submitted_birth(&app).await;
    let (c, code_c) = submitted_birth(&app).await;
    // Ticked as it was before someone received it meanwhile.
    let seen_c = status_of(&app, c).await.1;
    assert_eq!(act(&app, &crew.reception, c, "tiep_nhan", &[]).await.status, StatusCode::SEE_OTHER);
    let before_c = status_of(&app, c).await;
    // Filed at the provincial police: not the ward counter's.
    let elsewhere = criminal_record(&app).await;
    let before_elsewhere = status_of(&app, elsewhere).await;
    let code_elsewhere = code_of(&app, elsewhere).await;

    let ticked = |id: i64, version: i32| format!("{id}:{version}");
    let (a_s, b_s) = (ticked(a, status_of(&app, a).await.1), ticked(b, status_of(&app, b).await.1));
    let (c_s, x_s) = (ticked(c, seen_c), ticked(elsewhere, before_elsewhere.1));
    let fields = [
        ("ho_so", a_s.as_str()),
        ("ho_so", b_s.as_str()),
        ("ho_so", c_s.as_str()),
        ("ho_so", x_s.as_str()),
        ("ho_so", a_s.as_str()),
    ];
    let mut posted = fields.to_vec();
    posted.push(("hanh_dong", "tiep_nhan"));
    let done = app.post_form("/can-bo/hang-loat", &posted, &crew.reception).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(done.body.contains("2 hồ sơ đã thực hiện, 2 hồ sơ không thực hiện được."), "{}", done.body);
    assert!(done.body.contains(&code_a) && done.body.contains(&code_b) && done.body.contains(&code_c), "{}", done.body);
    assert!(done.body.contains("Hồ sơ vừa được người khác xử lý"), "changed since seen: {}", done.body);
    assert!(done.body.contains(&format!("#{elsewhere}")) && !done.body.contains(&code_elsewhere), "{}", done.body);
    assert_eq!(status_of(&app, a).await.0, shared::dossier::Status::Received.code());
    assert_eq!(status_of(&app, b).await.0, shared::dossier::Status::Received.code());
    assert_eq!(status_of(&app, c).await, before_c, "refused, untouched");
    assert_eq!(status_of(&app, elsewhere).await, before_elsewhere, "not theirs, untouched");

    // The same message to each: written once per dossier, even when the form is posted twice.
    let (a_now, b_now) = (ticked(a, status_of(&app, a).await.1), ticked(b, status_of(&app, b).await.1));
    let mut message = vec![("ho_so", a_now.as_str()), ("ho_so", b_now.as_str())];
    message.extend([
        ("hanh_dong", "gui_tin_nhan"),
        ("noi_dung", "Mời ông/bà đến nhận kết quả."),
        ("ma_gui", "bulk0key"),
    ]);
    for _ in 0..2 {
        let sent = app.post_form("/can-bo/hang-loat", &message, &crew.reception).await;
        assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
        assert!(sent.body.contains("2 hồ sơ đã thực hiện, 0 hồ sơ không thực hiện được."), "{}", sent.body);
    }
    let written: i64 = app.state.db.run(|conn| Ok(dossier_messages::table.count().get_result(conn)?)).await.unwrap();
    assert_eq!(written, 2);
    let (subject, _) = app.latest_mail_to(DEMO_CITIZEN.email).await.expect("the applicant is told");
    assert!(subject.contains("tin nhắn"), "{subject}");

    // Nothing ticked, an empty message, too many: refused, nothing done.
    let none = app.post_form("/can-bo/hang-loat", &[("hanh_dong", "tiep_nhan")], &crew.reception).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(none.body.contains("Hãy đánh dấu ít nhất một hồ sơ"), "{}", none.body);
    let blank = [("ho_so", a_s.as_str()), ("hanh_dong", "gui_tin_nhan"), ("noi_dung", " "), ("ma_gui", "bulk1key")];
    let blank = app.post_form("/can-bo/hang-loat", &blank, &crew.reception).await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    let many: Vec<String> = (1..=51).map(|i| format!("{i}:1")).collect();
    let mut too_many: Vec<(&str, &str)> = many.iter().map(|i| ("ho_so", i.as_str())).collect();
    too_many.push(("hanh_dong", "tiep_nhan"));
    let refused = app.post_form("/can-bo/hang-loat", &too_many, &crew.reception).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("tối đa 50 hồ sơ"), "{}", refused.body);

    // A citizen does not work on dossiers.
    let citizen = session_of(&app, DEMO_CITIZEN.email).await;
    let denied = app.post_form("/can-bo/hang-loat", &posted, &citizen).await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    let written: i64 = app.state.db.run(|conn| Ok(dossier_messages::table.count().get_result(conn)?)).await.unwrap();
    assert_eq!(written, 2, "nothing more written");
});

/// The count a view beside the queue's filters shows, by its name.
fn view_count(page: &str, name: &str) -> Option<i64> {
    let after = page.split(&format!(">{name}</a>")).nth(1)?;
    let count = after.split('(').nth(1)?.split(' ').next()?;
    count.trim_end_matches('+').parse().ok()
}

both_backends!(an_officer_saves_a_queue_view_and_sees_its_count, |backend: Backend| async move {
    let app = seeded(backend).await;
    let crew = Crew::sign_in(&app).await;
    let (_, page) = app.get_with("/can-bo", &[("cookie", &crew.reception)]).await;
    let waiting = view_count(&page, "Chờ tiếp nhận").expect("the counter's view");
    let (_, code_a) = submitted_birth(&app).await;
    let (_, code_b) = submitted_birth(&app).await;
    let (_, page) = app.get_with("/can-bo", &[("cookie", &crew.reception)]).await;
    assert_eq!(view_count(&page, "Chờ tiếp nhận"), Some(waiting + 2), "counted now");
    assert!(view_count(&page, "Quá hạn").is_some() && view_count(&page, "Sắp đến hạn").is_some());

    // Saved: waiting, filed online, with one dossier's code as the text.
    let online = shared::dossier::Channel::Online.code().to_string();
    let query = format!("trang_thai=ChoTiepNhan&kenh={online}&tim={code_a}");
    let name = "Khai sinh cần xem";
    let saved = app
        .post_form("/can-bo/bo-loc", &[("hanh_dong", "luu"), ("ten", name), ("bo_loc", &query)], &crew.reception)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let location = saved.location.unwrap();
    assert!(location.contains("tim=") && location.ends_with("da_luu_bo_loc=1"), "{location}");
    let (_, shown) = app.get_with(&location, &[("cookie", &crew.reception)]).await;
    assert_eq!(view_count(&shown, name), Some(1), "{shown}");
    assert!(shown.contains(&code_a) && !shown.contains(&code_b), "the text narrows the queue");
    assert!(shown.contains("Đã lưu bộ lọc."));
    // Another officer has their own views.
    let (_, leaders) = app.get_with("/can-bo", &[("cookie", &crew.leader)]).await;
    assert!(!leaders.contains(name) && view_count(&leaders, "Chờ tiếp nhận").is_none(), "{leaders}");

    // Refused: no name, nothing to filter by.
    let unnamed = app
        .post_form("/can-bo/bo-loc", &[("hanh_dong", "luu"), ("ten", " "), ("bo_loc", &query)], &crew.reception)
        .await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unnamed.body.contains("Hãy đặt tên cho bộ lọc."), "{}", unnamed.body);
    let empty = app
        .post_form("/can-bo/bo-loc", &[("hanh_dong", "luu"), ("ten", "Tất cả"), ("bo_loc", "")], &crew.reception)
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Removed by its officer only.
    let id = shown.split("name=\"id\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let foreign = app.post_form("/can-bo/bo-loc", &[("hanh_dong", "xoa"), ("id", &id)], &crew.leader).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);
    let removed = app.post_form("/can-bo/bo-loc", &[("hanh_dong", "xoa"), ("id", &id)], &crew.reception).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let (_, page) = app.get_with("/can-bo", &[("cookie", &crew.reception)]).await;
    assert!(!page.contains(name));
});

both_backends!(
    a_unit_head_gives_the_ticked_to_a_specialist_and_the_counter_prints_them,
    |backend: Backend| async move {
        let app = seeded(backend).await;
        let crew = Crew::sign_in(&app).await;
        // Two handed to the ward's civil-status unit, one not received yet.
        let (a, code_a) = submitted_birth(&app).await;
        let (b, code_b) = submitted_birth(&app).await;
        let (c, code_c) = submitted_birth(&app).await;
        for id in [a, b] {
            for action in ["tiep_nhan", "chuyen_xu_ly"] {
                assert_eq!(act(&app, &crew.reception, id, action, &[]).await.status, StatusCode::SEE_OTHER);
            }
        }
        let before_c = status_of(&app, c).await;
        let mut ticked = Vec::new();
        for id in [a, b, c] {
            ticked.push(format!("{id}:{}", status_of(&app, id).await.1));
        }
        let with = |action: &'static str, extra: &[(&'static str, &str)]| {
            let mut fields: Vec<(&str, String)> = ticked.iter().map(|t| ("ho_so", t.clone())).collect();
            fields.push(("hanh_dong", action.to_owned()));
            fields.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
            fields
        };
        let post = |fields: Vec<(&'static str, String)>, session: String| {
            let app = &app;
            async move {
                let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                app.post_form("/can-bo/hang-loat", &fields, &session).await
            }
        };
        let file = |fields: Vec<(&'static str, String)>, session: String| {
            let app = &app;
            async move {
                let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                app.post_form_file("/can-bo/hang-loat", &fields, &session).await
            }
        };

        // The unit head gives the ticked to the specialist: the two of the unit are given, the one
        // still at the counter is reported by its number and left as it was.
        let head = common::people::officer(&app, "truongphong@demo.sonla.vn").await;
        let (_, queue) = app.get_with("/can-bo", &[("cookie", &head)]).await;
        assert!(queue.contains("Lường Văn Chuyên Viên") && queue.contains("Phân công các hồ sơ đã chọn"), "{queue}");
        let specialist = common::people::person(&app, "chuyenvien@demo.sonla.vn").await.account().unwrap();
        let unchosen = post(with("phan_cong", &[("chuyen_vien", "")]), head.clone()).await;
        assert_eq!(unchosen.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(unchosen.body.contains("Hãy chọn chuyên viên nhận hồ sơ."), "{}", unchosen.body);
        let chosen = specialist.to_string();
        let given = post(with("phan_cong", &[("chuyen_vien", &chosen)]), head.clone()).await;
        assert_eq!(given.status, StatusCode::OK, "{}", given.body);
        assert!(given.body.contains("2 hồ sơ đã thực hiện, 1 hồ sơ không thực hiện được."), "{}", given.body);
        assert!(given.body.contains(&format!("#{c}")) && !given.body.contains(&code_c), "{}", given.body);
        let assignee = |id: i64| {
            app.state.db.run(move |conn| {
                Ok(dossiers::table
                    .filter(dossiers::id.eq(id))
                    .select(dossiers::assignee_account_id)
                    .first::<Option<i64>>(conn)?)
            })
        };
        assert_eq!((assignee(a).await.unwrap(), assignee(b).await.unwrap()), (Some(specialist), Some(specialist)));
        assert_eq!(status_of(&app, c).await, before_c, "refused, untouched");
        // The counter is offered no specialists: giving is the unit head's.
        let refused = post(with("phan_cong", &[("chuyen_vien", &chosen)]), crew.reception.clone()).await;
        assert!(refused.body.contains("0 hồ sơ đã thực hiện, 3 hồ sơ không thực hiện được."), "{}", refused.body);

        // The counter prints the receipts of the ticked in one PDF: one per received dossier, the one
        // not received named on the last page.
        let (status, kind, pdf) = file(with("in_bien_nhan", &[]), crew.reception.clone()).await;
        assert_eq!((status, kind.as_str()), (StatusCode::OK, "application/pdf"));
        let text = common::dossiers::text_of_pdf(&pdf);
        assert_eq!(text.matches("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").count(), 2, "{text}");
        assert!(text.contains(&code_a) && text.contains(&code_b), "{text}");
        let missing = text.split("chưa có giấy tiếp nhận").nth(1).expect("the last page");
        assert!(missing.contains(&code_c) && !missing.contains(&code_a), "{missing}");
        // Nothing ticked has a receipt: the queue says so.
        let only_c = [("ho_so", ticked[2].as_str()), ("hanh_dong", "in_bien_nhan")];
        let none = app.post_form("/can-bo/hang-loat", &only_c, &crew.reception).await;
        assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(none.body.contains("Không hồ sơ nào đã chọn có giấy tiếp nhận"), "{}", none.body);

        // Their register lines: the two received, not the one still waiting.
        let (status, _, pdf) = file(with("in_so", &[]), crew.reception.clone()).await;
        assert_eq!(status, StatusCode::OK);
        let text = common::dossiers::text_of_pdf(&pdf);
        assert!(text.contains("SỔ THEO DÕI") || text.contains("Sổ theo dõi"), "{text}");
        assert!(text.contains(&code_a) && text.contains(&code_b) && !text.contains(&code_c), "{text}");
        // A specialist prints no register.
        let (status, _, _) = file(with("in_so", &[]), crew.specialist.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }
);

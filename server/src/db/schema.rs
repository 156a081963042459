//! Diesel table definitions, written by hand for both backends. The migrations in
//! `migrations/sqlite` and `migrations/postgres` must create exactly these columns
//! (`tests/it/schema_parity.rs` checks the two backends against each other).

diesel::table! {
    admin_units (id) {
        id -> BigInt,
        code -> Text,
        name -> Text,
        kind -> Text,
        parent_id -> Nullable<BigInt>,
        valid_from -> Date,
        valid_to -> Nullable<Date>,
        successor_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    agencies (id) {
        id -> BigInt,
        code -> Text,
        name -> Text,
        level -> Text,
        admin_unit_id -> BigInt,
        parent_id -> Nullable<BigInt>,
        address -> Nullable<Text>,
        phone -> Nullable<Text>,
    }
}

diesel::table! {
    fields (id) {
        id -> BigInt,
        code -> Text,
        name -> Text,
    }
}

diesel::table! {
    procedures (id) {
        id -> BigInt,
        code -> Text,
        version -> Integer,
        name -> Text,
        name_key -> Text,
        other_key -> Text,
        field_id -> BigInt,
        level -> Text,
        agency_id -> BigInt,
        target_subjects -> Text,
        online_level -> Text,
        eligible_full_online -> Bool,
        result -> Text,
        effective_from -> Date,
        effective_to -> Nullable<Date>,
        publication_decision -> Nullable<Text>,
        fee_due -> Text,
        aliases -> Text,
    }
}

diesel::table! {
    procedure_cases (id) {
        id -> BigInt,
        procedure_id -> BigInt,
        ordinal -> Integer,
        case_key -> Text,
        name -> Text,
        description -> Nullable<Text>,
    }
}

diesel::table! {
    channel_offers (id) {
        id -> BigInt,
        procedure_id -> BigInt,
        ordinal -> Integer,
        channel -> Text,
        case_key -> Nullable<Text>,
        time_value -> Integer,
        time_unit -> Text,
        same_day_cutoff -> Nullable<Text>,
        note -> Nullable<Text>,
    }
}

diesel::table! {
    fee_items (id) {
        id -> BigInt,
        channel_offer_id -> BigInt,
        ordinal -> Integer,
        kind -> Text,
        label -> Text,
        formula -> Text,
        exemptions -> Nullable<Text>,
        legal_basis -> Nullable<Text>,
    }
}

diesel::table! {
    document_requirements (id) {
        id -> BigInt,
        procedure_id -> BigInt,
        ordinal -> Integer,
        case_key -> Nullable<Text>,
        name -> Text,
        originals -> Integer,
        copies -> Integer,
        form_template -> Nullable<Text>,
        mandatory -> Bool,
        applies_when -> Nullable<Text>,
    }
}

diesel::table! {
    procedure_clauses (id) {
        id -> BigInt,
        procedure_id -> BigInt,
        kind -> Text,
        ordinal -> Integer,
        body -> Text,
    }
}

diesel::joinable!(agencies -> admin_units (admin_unit_id));
diesel::joinable!(procedures -> fields (field_id));
diesel::joinable!(procedures -> agencies (agency_id));
diesel::joinable!(procedure_cases -> procedures (procedure_id));
diesel::joinable!(channel_offers -> procedures (procedure_id));
diesel::joinable!(fee_items -> channel_offers (channel_offer_id));
diesel::joinable!(document_requirements -> procedures (procedure_id));
diesel::joinable!(procedure_clauses -> procedures (procedure_id));

diesel::table! {
    accounts (id) {
        id -> BigInt,
        kind -> Text,
        email -> Nullable<Text>,
        email_verified_at -> Nullable<Timestamp>,
        citizen_id -> Nullable<Text>,
        full_name -> Text,
        date_of_birth -> Nullable<Date>,
        phone -> Nullable<Text>,
        password_hash -> Nullable<Text>,
        identity_verified -> Bool,
        created_at -> Timestamp,
        disabled_at -> Nullable<Timestamp>,
        totp_secret -> Nullable<Text>,
        totp_enabled_at -> Nullable<Timestamp>,
        totp_last_step -> Nullable<BigInt>,
        second_factor_reset_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    sessions (token_hash) {
        token_hash -> Text,
        account_id -> BigInt,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
        idle_seconds -> Integer,
        expires_at -> Timestamp,
        ip -> Nullable<Text>,
        user_agent -> Nullable<Text>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    auth_tokens (token_hash) {
        token_hash -> Text,
        account_id -> BigInt,
        purpose -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_throttle (throttle_key) {
        throttle_key -> Text,
        failures -> Integer,
        last_failure_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        event -> Text,
        actor_account_id -> Nullable<BigInt>,
        subject -> Nullable<Text>,
        ip -> Nullable<Text>,
        detail -> Nullable<Text>,
        chain_seq -> Nullable<BigInt>,
        prev_hash -> Nullable<Text>,
        hash -> Nullable<Text>,
    }
}

diesel::table! {
    rate_windows (scope, client) {
        scope -> Text,
        client -> Text,
        window_start -> Timestamp,
        hits -> BigInt,
    }
}

diesel::table! {
    audit_chain_head (id) {
        id -> BigInt,
        seq -> BigInt,
        hash -> Text,
        sealed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox_mail (id) {
        id -> BigInt,
        to_address -> Text,
        subject -> Text,
        body -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        single_use_link -> Bool,
    }
}

diesel::joinable!(sessions -> accounts (account_id));
diesel::joinable!(auth_tokens -> accounts (account_id));

diesel::table! {
    recovery_codes (code_hash) {
        code_hash -> Text,
        account_id -> BigInt,
        created_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    agency_units (id) {
        id -> BigInt,
        agency_id -> BigInt,
        code -> Text,
        name -> Text,
    }
}

diesel::table! {
    officers (account_id) {
        account_id -> BigInt,
        agency_id -> BigInt,
        unit_id -> Nullable<BigInt>,
        title -> Nullable<Text>,
    }
}

diesel::table! {
    officer_roles (account_id, role) {
        account_id -> BigInt,
        role -> Text,
        granted_at -> Timestamp,
        granted_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    businesses (id) {
        id -> BigInt,
        tax_code -> Text,
        name -> Text,
        address -> Text,
        representative -> Text,
        created_by -> BigInt,
        created_at -> Timestamp,
        representative_id -> Nullable<Text>,
        verified_at -> Nullable<Timestamp>,
        verified_how -> Nullable<Text>,
        verified_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    business_members (business_id, account_id) {
        business_id -> BigInt,
        account_id -> BigInt,
        joined_at -> Timestamp,
        invited_by -> Nullable<BigInt>,
        role -> Text,
    }
}

diesel::table! {
    business_invitations (token_hash) {
        token_hash -> Text,
        business_id -> BigInt,
        email -> Text,
        invited_by -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        accepted_at -> Nullable<Timestamp>,
        accepted_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    account_identities (issuer, subject) {
        issuer -> Text,
        subject -> Text,
        account_id -> BigInt,
        linked_at -> Timestamp,
    }
}

diesel::table! {
    oidc_logins (state_hash) {
        state_hash -> Text,
        pkce_verifier -> Text,
        nonce -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    jobs (id) {
        id -> BigInt,
        kind -> Text,
        dedupe_key -> Text,
        payload -> Text,
        run_at -> Timestamp,
        attempts -> Integer,
        locked_until -> Nullable<Timestamp>,
        locked_by -> Nullable<Text>,
        done_at -> Nullable<Timestamp>,
        failed_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    notices (id) {
        id -> BigInt,
        account_id -> BigInt,
        dossier_id -> Nullable<BigInt>,
        message -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
        message_en -> Text,
    }
}

diesel::joinable!(recovery_codes -> accounts (account_id));
diesel::joinable!(agency_units -> agencies (agency_id));
diesel::joinable!(officers -> accounts (account_id));
diesel::joinable!(officers -> agencies (agency_id));
diesel::joinable!(officers -> agency_units (unit_id));
diesel::joinable!(officer_roles -> officers (account_id));
diesel::joinable!(business_members -> businesses (business_id));
diesel::joinable!(business_members -> accounts (account_id));
diesel::joinable!(business_invitations -> businesses (business_id));
diesel::joinable!(account_identities -> accounts (account_id));

diesel::table! {
    business_claims (id) {
        id -> BigInt,
        business_id -> BigInt,
        claimant_account_id -> BigInt,
        reason -> Text,
        created_at -> Timestamp,
        decided_at -> Nullable<Timestamp>,
        decided_by -> Nullable<BigInt>,
        outcome -> Nullable<Text>,
    }
}

diesel::joinable!(business_claims -> businesses (business_id));

diesel::table! {
    federated_links (token_hash) {
        token_hash -> Text,
        holder_account_id -> BigInt,
        issuer -> Text,
        subject -> Text,
        id_number -> Text,
        full_name -> Nullable<Text>,
        email -> Nullable<Text>,
        email_verified -> Bool,
        birthdate -> Nullable<Date>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(federated_links -> accounts (holder_account_id));

diesel::table! {
    sign_in_devices (token_hash) {
        token_hash -> Text,
        account_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::joinable!(sign_in_devices -> accounts (account_id));

diesel::table! {
    procedure_forms (id) {
        id -> BigInt,
        procedure_id -> BigInt,
        case_key -> Nullable<Text>,
        form_key -> Text,
        version -> Integer,
        schema_json -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    dossiers (id) {
        id -> BigInt,
        code -> Nullable<Text>,
        status -> Text,
        version -> Integer,
        procedure_id -> BigInt,
        form_id -> BigInt,
        agency_id -> BigInt,
        filer_account_id -> Nullable<BigInt>,
        business_id -> Nullable<BigInt>,
        owner_kind -> Text,
        owner_name -> Text,
        owner_id_number -> Nullable<Text>,
        owner_phone -> Nullable<Text>,
        form_data -> Text,
        identity_verified -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
        received_at -> Nullable<Timestamp>,
        due_at -> Nullable<Timestamp>,
        unit_id -> Nullable<BigInt>,
        supplement_requests -> Integer,
        finished_at -> Nullable<Timestamp>,
        workflow_id -> Nullable<BigInt>,
        step_index -> Nullable<Integer>,
        at_agency_id -> Nullable<BigInt>,
        assignee_account_id -> Nullable<BigInt>,
        fee_amount -> BigInt,
        paid_at -> Nullable<Timestamp>,
        fee_exemption -> Nullable<Text>,
        fee_exempted_by -> Nullable<BigInt>,
        case_key -> Nullable<Text>,
        channel -> Integer,
        return_channel -> Integer,
        returned_at -> Nullable<Timestamp>,
        owner_email -> Nullable<Text>,
        paid_online -> Integer,
        stats_day -> Nullable<Date>,
        stats_flags -> Integer,
        stats_working_days_x100 -> BigInt,
        sync_state -> Integer,
        issued_due_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    payments (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        txn_ref -> Text,
        amount -> BigInt,
        state -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        updated_at -> Timestamp,
        gateway_txn_no -> Nullable<Text>,
        bank_code -> Nullable<Text>,
        pay_date -> Nullable<Text>,
        response_code -> Nullable<Text>,
        refunded_amount -> BigInt,
    }
}

diesel::table! {
    refunds (id) {
        id -> BigInt,
        payment_id -> BigInt,
        request_id -> Text,
        amount -> BigInt,
        state -> Text,
        reason -> Text,
        requested_by -> BigInt,
        requested_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        response_code -> Nullable<Text>,
        approved_by -> Nullable<BigInt>,
        approved_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    payment_messages (id) {
        id -> BigInt,
        payment_id -> Nullable<BigInt>,
        kind -> Text,
        raw -> Text,
        verified -> Bool,
        at -> Timestamp,
    }
}

diesel::table! {
    sandbox_transactions (txn_ref) {
        txn_ref -> Text,
        transaction_no -> Text,
        amount -> BigInt,
        response_code -> Text,
        pay_date -> Text,
        refunded -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    workflows (id) {
        id -> BigInt,
        procedure_id -> BigInt,
        version -> Integer,
        steps_json -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    dossier_tasks (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        step_index -> Integer,
        step_name -> Text,
        agency_id -> BigInt,
        unit_id -> Nullable<BigInt>,
        handed_by -> Nullable<BigInt>,
        started_at -> Timestamp,
        due_at -> Nullable<Timestamp>,
        assignee_account_id -> Nullable<BigInt>,
        finished_by -> Nullable<BigInt>,
        finished_at -> Nullable<Timestamp>,
        outcome -> Nullable<Text>,
    }
}

diesel::table! {
    dossier_apologies (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        reason -> Text,
        old_due_at -> Timestamp,
        new_due_at -> Timestamp,
        drafted_by -> BigInt,
        drafted_at -> Timestamp,
        approved_by -> Nullable<BigInt>,
        approved_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    dossier_pauses (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        paused_from -> Timestamp,
        paused_to -> Nullable<Timestamp>,
    }
}

diesel::table! {
    calendar_days (day) {
        day -> Date,
        kind -> Text,
        note -> Text,
    }
}

diesel::table! {
    stored_files (id) {
        id -> BigInt,
        account_id -> Nullable<BigInt>,
        object_key -> Text,
        display_name -> Text,
        content_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        created_at -> Timestamp,
        unlinked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    dossier_documents (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        requirement -> Integer,
        file_id -> BigInt,
        added_at -> Timestamp,
        reused -> Bool,
    }
}

diesel::table! {
    dossier_events (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        at -> Timestamp,
        actor_account_id -> Nullable<BigInt>,
        from_status -> Nullable<Text>,
        to_status -> Text,
        note -> Nullable<Text>,
        public -> Bool,
    }
}

diesel::table! {
    dossier_code_counters (agency_id, day) {
        agency_id -> BigInt,
        day -> Text,
        last_number -> Integer,
    }
}

diesel::joinable!(procedure_forms -> procedures (procedure_id));
diesel::joinable!(dossiers -> procedures (procedure_id));
diesel::joinable!(dossiers -> procedure_forms (form_id));
diesel::joinable!(dossiers -> agencies (agency_id));
diesel::joinable!(dossiers -> businesses (business_id));
diesel::table! {
    ratings (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        overall -> Text,
        criteria -> Text,
        comment -> Text,
        channel -> Text,
        created_at -> Timestamp,
        edited_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    daily_stats (day, agency_id, procedure_id) {
        day -> Date,
        agency_id -> BigInt,
        procedure_id -> BigInt,
        received -> BigInt,
        counter -> BigInt,
        postal -> BigInt,
        online -> BigInt,
        early -> BigInt,
        late -> BigInt,
        synced -> BigInt,
        with_fees -> BigInt,
        paid_online -> BigInt,
        paper_result -> BigInt,
        electronic_result -> BigInt,
        digitised -> BigInt,
        reused -> BigInt,
        shared -> BigInt,
        vneid -> BigInt,
        complained -> BigInt,
        finished -> BigInt,
        finished_late -> BigInt,
        with_result -> BigInt,
        working_days_x100 -> BigInt,
        rated -> BigInt,
        satisfied -> BigInt,
    }
}

diesel::table! {
    monthly_stats (month, agency_id) {
        month -> Integer,
        agency_id -> BigInt,
        received -> BigInt,
        counter -> BigInt,
        postal -> BigInt,
        online -> BigInt,
        early -> BigInt,
        late -> BigInt,
        synced -> BigInt,
        with_fees -> BigInt,
        paid_online -> BigInt,
        paper_result -> BigInt,
        electronic_result -> BigInt,
        digitised -> BigInt,
        reused -> BigInt,
        shared -> BigInt,
        vneid -> BigInt,
        complained -> BigInt,
        finished -> BigInt,
        finished_late -> BigInt,
        with_result -> BigInt,
        working_days_x100 -> BigInt,
        rated -> BigInt,
        satisfied -> BigInt,
        changes -> BigInt,
    }
}

diesel::table! {
    yearly_stats (year, agency_id, procedure_id) {
        year -> Integer,
        agency_id -> BigInt,
        procedure_id -> BigInt,
        received -> BigInt,
        counter -> BigInt,
        postal -> BigInt,
        online -> BigInt,
        early -> BigInt,
        late -> BigInt,
        synced -> BigInt,
        with_fees -> BigInt,
        paid_online -> BigInt,
        paper_result -> BigInt,
        electronic_result -> BigInt,
        digitised -> BigInt,
        reused -> BigInt,
        shared -> BigInt,
        vneid -> BigInt,
        complained -> BigInt,
        finished -> BigInt,
        finished_late -> BigInt,
        with_result -> BigInt,
        working_days_x100 -> BigInt,
        rated -> BigInt,
        satisfied -> BigInt,
    }
}

diesel::table! {
    sync_events (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        status -> Text,
        payload -> Text,
        created_at -> Timestamp,
        attempts -> Integer,
        next_at -> Timestamp,
        delivered_at -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    feedback (id) {
        id -> BigInt,
        code -> Text,
        state -> Text,
        sender_account_id -> Nullable<BigInt>,
        sender_name -> Text,
        sender_email -> Text,
        sender_phone -> Nullable<Text>,
        follow_hash -> Text,
        topic -> Text,
        reference -> Nullable<Text>,
        title -> Text,
        content -> Text,
        kind -> Nullable<Text>,
        agency_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        received_at -> Nullable<Timestamp>,
        refuse_due -> Nullable<Timestamp>,
        info_due -> Nullable<Timestamp>,
        resolve_due -> Nullable<Timestamp>,
        assigned_at -> Nullable<Timestamp>,
        refused_at -> Nullable<Timestamp>,
        refusal -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        answer -> Nullable<Text>,
        answer_public -> Bool,
        publish_due -> Nullable<Timestamp>,
        published_at -> Nullable<Timestamp>,
        rating -> Nullable<Text>,
        rated_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    feedback_events (id) {
        id -> BigInt,
        feedback_id -> BigInt,
        at -> Timestamp,
        actor_account_id -> Nullable<BigInt>,
        action -> Text,
        note -> Nullable<Text>,
    }
}

diesel::table! {
    feedback_files (feedback_id, file_id) {
        feedback_id -> BigInt,
        file_id -> BigInt,
    }
}

diesel::table! {
    dossier_messages (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        author_account_id -> BigInt,
        from_office -> Bool,
        body -> Text,
        send_key -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    dossier_message_files (message_id, file_id) {
        message_id -> BigInt,
        file_id -> BigInt,
    }
}

diesel::table! {
    dossier_reads (dossier_id, account_id) {
        dossier_id -> BigInt,
        account_id -> BigInt,
        last_message_id -> BigInt,
    }
}

diesel::table! {
    dossier_notes (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        author_account_id -> BigInt,
        body -> Text,
        send_key -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    message_templates (id) {
        id -> BigInt,
        account_id -> BigInt,
        title -> Text,
        body -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    saved_views (id) {
        id -> BigInt,
        account_id -> BigInt,
        name -> Text,
        query -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    opinion_requests (id) {
        id -> BigInt,
        dossier_id -> BigInt,
        asked_by_account_id -> BigInt,
        to_agency_id -> BigInt,
        to_unit_id -> BigInt,
        question -> Text,
        due_on -> Date,
        send_key -> Text,
        created_at -> Timestamp,
        answer -> Nullable<Text>,
        answered_by_account_id -> Nullable<BigInt>,
        answered_at -> Nullable<Timestamp>,
        answer_key -> Nullable<Text>,
    }
}

diesel::table! {
    export_jobs (id) {
        id -> BigInt,
        account_id -> BigInt,
        request -> Text,
        state -> Text,
        attempt -> Integer,
        rows_total -> Nullable<BigInt>,
        rows_done -> BigInt,
        size_bytes -> Nullable<BigInt>,
        object_key -> Nullable<Text>,
        file_name -> Nullable<Text>,
        error -> Nullable<Text>,
        created_at -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        expires_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    signing_keys (id) {
        id -> BigInt,
        agency_id -> BigInt,
        certificate -> Text,
        sealed_key -> Text,
        subject -> Text,
        fingerprint -> Text,
        not_after -> Timestamp,
        demo -> Bool,
        created_at -> Timestamp,
        created_by -> Nullable<BigInt>,
    }
}

diesel::table! {
    signed_papers (id) {
        id -> BigInt,
        sha256 -> Text,
        dossier_id -> BigInt,
        signing_key_id -> BigInt,
        kind -> Text,
        signed_at -> Timestamp,
    }
}

diesel::joinable!(signing_keys -> agencies (agency_id));
diesel::joinable!(signed_papers -> signing_keys (signing_key_id));
diesel::joinable!(signed_papers -> dossiers (dossier_id));

diesel::table! {
    receipt_books (id) {
        id -> BigInt,
        agency_id -> BigInt,
        template_symbol -> Text,
        series_symbol -> Text,
        demo -> Bool,
        created_at -> Timestamp,
        created_by -> Nullable<BigInt>,
    }
}

diesel::joinable!(receipt_books -> agencies (agency_id));

diesel::table! {
    opinion_files (opinion_id, file_id) {
        opinion_id -> BigInt,
        file_id -> BigInt,
        answer -> Bool,
    }
}

diesel::joinable!(dossier_messages -> dossiers (dossier_id));
diesel::joinable!(dossier_message_files -> dossier_messages (message_id));
diesel::joinable!(dossier_message_files -> stored_files (file_id));
diesel::joinable!(dossier_notes -> accounts (author_account_id));
diesel::joinable!(opinion_requests -> dossiers (dossier_id));
diesel::joinable!(opinion_requests -> agencies (to_agency_id));
diesel::joinable!(opinion_requests -> agency_units (to_unit_id));
diesel::joinable!(opinion_files -> opinion_requests (opinion_id));
diesel::joinable!(opinion_files -> stored_files (file_id));
diesel::joinable!(feedback_files -> feedback (feedback_id));
diesel::joinable!(feedback_files -> stored_files (file_id));
diesel::joinable!(feedback_events -> feedback (feedback_id));
diesel::joinable!(feedback -> agencies (agency_id));
diesel::joinable!(sync_events -> dossiers (dossier_id));
diesel::joinable!(ratings -> dossiers (dossier_id));
diesel::joinable!(daily_stats -> agencies (agency_id));
diesel::joinable!(daily_stats -> procedures (procedure_id));
diesel::joinable!(monthly_stats -> agencies (agency_id));
diesel::joinable!(yearly_stats -> agencies (agency_id));
diesel::joinable!(yearly_stats -> procedures (procedure_id));
diesel::joinable!(dossier_documents -> dossiers (dossier_id));
diesel::joinable!(dossier_documents -> stored_files (file_id));
diesel::joinable!(dossier_events -> dossiers (dossier_id));
diesel::joinable!(stored_files -> accounts (account_id));
diesel::joinable!(dossier_pauses -> dossiers (dossier_id));
diesel::joinable!(dossiers -> agency_units (unit_id));
diesel::joinable!(workflows -> procedures (procedure_id));
diesel::joinable!(dossier_tasks -> dossiers (dossier_id));
diesel::joinable!(dossier_apologies -> dossiers (dossier_id));
diesel::joinable!(payments -> dossiers (dossier_id));
diesel::joinable!(refunds -> payments (payment_id));

diesel::table! {
    catalog_drafts (id) {
        id -> BigInt,
        code -> Text,
        agency_id -> BigInt,
        document_json -> Text,
        revision -> Integer,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(catalog_drafts -> agencies (agency_id));

diesel::table! {
    office_hours (agency_id) {
        agency_id -> BigInt,
        morning_opens -> Text,
        morning_closes -> Text,
        afternoon_opens -> Nullable<Text>,
        afternoon_closes -> Nullable<Text>,
        saturday_opens -> Nullable<Text>,
        saturday_closes -> Nullable<Text>,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(office_hours -> agencies (agency_id));

diesel::table! {
    portal_contact (id) {
        id -> BigInt,
        operator -> Text,
        address -> Text,
        hotline -> Text,
        email -> Text,
        hours_agency_id -> Nullable<BigInt>,
        note -> Text,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(portal_contact -> agencies (hours_agency_id));

diesel::table! {
    catalog_revision (id) {
        id -> BigInt,
        revision -> BigInt,
    }
}

diesel::table! {
    form_drafts (code, case_key) {
        code -> Text,
        case_key -> Text,
        base_version -> Integer,
        schema_json -> Nullable<Text>,
        revision -> Integer,
        updated_by -> Nullable<BigInt>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    procedure_agencies (procedure_id, role, ordinal) {
        procedure_id -> BigInt,
        role -> Text,
        ordinal -> Integer,
        agency_id -> BigInt,
    }
}

diesel::joinable!(procedure_agencies -> procedures (procedure_id));
diesel::joinable!(procedure_agencies -> agencies (agency_id));

diesel::allow_tables_to_appear_in_same_query!(
    portal_contact,
    procedure_agencies,
    form_drafts,
    catalog_drafts,
    office_hours,
    catalog_revision,
    admin_units,
    agencies,
    fields,
    procedures,
    procedure_cases,
    channel_offers,
    fee_items,
    document_requirements,
    procedure_clauses,
    accounts,
    sessions,
    auth_tokens,
    login_throttle,
    audit_log,
    audit_chain_head,
    rate_windows,
    outbox_mail,
    recovery_codes,
    agency_units,
    officers,
    officer_roles,
    businesses,
    business_members,
    business_invitations,
    account_identities,
    federated_links,
    sign_in_devices,
    business_claims,
    oidc_logins,
    procedure_forms,
    dossiers,
    ratings,
    daily_stats,
    sync_events,
    feedback,
    feedback_events,
    feedback_files,
    dossier_messages,
    dossier_message_files,
    dossier_reads,
    dossier_notes,
    message_templates,
    saved_views,
    opinion_requests,
    opinion_files,
    export_jobs,
    signing_keys,
    signed_papers,
    receipt_books,
    monthly_stats,
    yearly_stats,
    stored_files,
    dossier_documents,
    dossier_events,
    dossier_code_counters,
    dossier_pauses,
    calendar_days,
    jobs,
    notices,
    workflows,
    dossier_tasks,
    dossier_apologies,
    payments,
    refunds,
    payment_messages,
    sandbox_transactions,
);

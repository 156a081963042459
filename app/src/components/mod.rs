pub mod chart;
pub mod field;
pub mod footer;
pub mod layout;
pub mod notice;
pub mod post_button;
pub mod search_box;
pub mod usual_time;

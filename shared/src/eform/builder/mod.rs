//! The e-form builder: a form changed one step at a time through plain HTML forms, so it works
//! without JavaScript and with the keyboard. A step is an [`Edit`] (the form's heading, a
//! section added, renamed, moved or removed, a field added or changed, moved up or down,
//! removed, a cross-field rule added or removed); [`apply`] makes it or says why not, by the name of the input at fault, and never
//! leaves a form the schema check would refuse. [`field_form`] reads one field from its posted
//! inputs and writes a field back as inputs. The server keeps the form being built as a draft
//! and publishes it as the form's next version (`server/src/services/catalog/form_builder.rs`).

mod edit;
pub mod field_form;

pub use edit::{Edit, FieldAt, Place, apply, field_at, scope};

/// The most sections a form may have.
pub const MAX_SECTIONS: usize = 30;
/// The most fields in one section or one repeating group.
pub const MAX_FIELDS: usize = 100;
/// The most options of a select or radio field.
pub const MAX_OPTIONS: usize = 100;
/// The most characters of a title, label or option.
pub const MAX_LABEL: usize = 300;
/// The most cross-field rules of a form.
pub const MAX_RULES: usize = 50;
/// The most characters of a field's help.
pub const MAX_HELP: usize = 1000;

//! A stacked bar chart drawn on the server as SVG: no script, no library, a few hundred bytes.
//! The chart is a picture with a name (`role="img"`); its numbers are in the table the page puts
//! right after it, which is what a screen reader reads.

use leptos::prelude::*;

/// One stacked series: its legend label, its CSS class (the colour, `style/portal.css`), and a
/// value per category.
pub struct Series {
    pub label: &'static str,
    pub class: &'static str,
    pub values: Vec<i64>,
}

const WIDTH: i64 = 640;
const HEIGHT: i64 = 220;
/// Room left of the bars for the scale, and below for the category labels.
const LEFT: i64 = 44;
const BOTTOM: i64 = 24;
const TOP: i64 = 10;

/// A "nice" top of the scale: 1, 2 or 5 times a power of ten, at least `max` (and at least 1).
fn scale_top(max: i64) -> i64 {
    let mut step = 1;
    loop {
        for m in [1, 2, 5] {
            if m * step >= max.max(1) {
                return m * step;
            }
        }
        step *= 10;
    }
}

/// Stacked bars, one per category (`categories`), named `title` for assistive technology.
#[component]
pub fn StackedBars(title: String, categories: Vec<String>, series: Vec<Series>) -> impl IntoView {
    let n = categories.len().max(1) as i64;
    let totals: Vec<i64> = (0..categories.len())
        .map(|i| series.iter().map(|s| s.values.get(i).copied().unwrap_or(0).max(0)).sum())
        .collect();
    let top = scale_top(totals.iter().copied().max().unwrap_or(0));
    let plot = HEIGHT - TOP - BOTTOM;
    let slot = (WIDTH - LEFT) / n;
    let bar = (slot * 3 / 5).max(2);
    let y = move |v: i64| TOP + plot - v * plot / top;
    let mut rects = Vec::new();
    for i in 0..categories.len() {
        let x = LEFT + i as i64 * slot + (slot - bar) / 2;
        let mut base = 0;
        for s in &series {
            let v = s.values.get(i).copied().unwrap_or(0).max(0);
            if v > 0 {
                let (y0, y1) = (y(base + v), y(base));
                rects.push(view! {
                    <rect class=s.class x=x y=y0 width=bar height=(y1 - y0).max(1)/>
                });
            }
            base += v;
        }
    }
    let labels = categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let x = LEFT + i as i64 * slot + slot / 2;
            view! { <text x=x y=HEIGHT - 6 text-anchor="middle">{c.clone()}</text> }
        })
        .collect_view();
    let legend = series
        .iter()
        .map(|s| view! { <li><span class=format!("swatch {}", s.class) aria-hidden="true"></span>{s.label}</li> })
        .collect_view();
    view! {
        <svg class="chart" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=title>
            <line class="chart-axis" x1=LEFT y1=TOP x2=LEFT y2=TOP + plot/>
            <line class="chart-axis" x1=LEFT y1=TOP + plot x2=WIDTH y2=TOP + plot/>
            <line class="chart-grid" x1=LEFT y1=y(top / 2) x2=WIDTH y2=y(top / 2)/>
            <text x=LEFT - 6 y=TOP + 4 text-anchor="end">{top}</text>
            <text x=LEFT - 6 y=y(top / 2) + 4 text-anchor="end">{top / 2}</text>
            <text x=LEFT - 6 y=TOP + plot + 4 text-anchor="end">"0"</text>
            {rects}
            {labels}
        </svg>
        <ul class="chart-legend">{legend}</ul>
    }
}

#[cfg(test)]
mod tests {
    use super::scale_top;

    #[test]
    fn the_scale_ends_on_a_round_number() {
        assert_eq!(scale_top(0), 1);
        assert_eq!(scale_top(3), 5);
        assert_eq!(scale_top(7), 10);
        assert_eq!(scale_top(180), 200);
        assert_eq!(scale_top(2_001), 5_000);
    }
}

//! The SVG chart: speedup against thread count, one panel per workload, one line per build
//! or interpreter, with linear scaling dashed for reference.

use std::path::Path;

use plotters::prelude::*;

use super::report::Summary;
use super::Matrix;

const PANEL: (u32, u32) = (420, 300);
const TITLE_H: u32 = 40;
const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(214, 39, 40),
    RGBColor(44, 160, 44),
    RGBColor(255, 127, 14),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// Draw `target/compare/speedup.svg`. The x axis places the thread counts evenly (1, 2, 4
/// and 8 are equally far apart), labelled with the counts.
pub fn write_svg(path: &Path, m: &Matrix, s: &Summary) -> Result<(), String> {
    let n = m.workloads.len().max(1);
    let cols = n.min(3);
    let rows = n.div_ceil(cols);
    let size = (PANEL.0 * cols as u32, PANEL.1 * rows as u32 + TITLE_H);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(err)?;
    }
    let root = SVGBackend::new(path, size).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let base = m.threads.first().copied().unwrap_or(1);
    let title = format!(
        "Speedup vs threads (wall at {base} thread{} / wall; median of {} run{}, {} cores)",
        if base == 1 { "" } else { "s" },
        m.reps,
        if m.reps == 1 { "" } else { "s" },
        m.cores
    );
    let (top, body) = root.split_vertically(TITLE_H);
    top.titled(&title, ("sans-serif", 20)).map_err(err)?;
    let xs: Vec<f64> = (0..m.threads.len()).map(|k| k as f64).collect();
    let last_x = xs.last().copied().unwrap_or(0.0);
    let linear: Vec<(f64, f64)> = xs
        .iter()
        .zip(&m.threads)
        .map(|(&x, &t)| (x, t as f64 / base as f64))
        .collect();

    for (wi, area) in body.split_evenly((rows, cols)).iter().enumerate() {
        let Some(w) = m.workloads.get(wi) else { break };
        let mut lines = Vec::new();
        for ii in 0..m.interps.len() {
            let points: Vec<(f64, f64)> = m
                .threads
                .iter()
                .zip(&xs)
                .filter_map(|(&t, &x)| s.speedup(m, wi, ii, t).map(|y| (x, y)))
                .collect();
            lines.push(points);
        }
        let top_y = lines
            .iter()
            .flatten()
            .chain(&linear)
            .map(|p| p.1)
            .fold(1.0f64, f64::max)
            * 1.1;
        let threads = m.threads.clone();
        let label_x = move |x: &f64| {
            let k = x.round();
            if (x - k).abs() < 1e-6 && k >= 0.0 && (k as usize) < threads.len() {
                threads[k as usize].to_string()
            } else {
                String::new()
            }
        };
        let mut chart = ChartBuilder::on(area)
            .caption(&w.name, ("sans-serif", 16))
            .margin(10)
            .x_label_area_size(35)
            .y_label_area_size(40)
            .build_cartesian_2d(-0.25..last_x + 0.25, 0.0..top_y)
            .map_err(err)?;
        chart
            .configure_mesh()
            .x_labels(m.threads.len())
            .x_label_formatter(&label_x)
            .y_label_formatter(&|y| format!("{y:.1}"))
            .x_desc("threads")
            .y_desc("speedup")
            .light_line_style(WHITE)
            .draw()
            .map_err(err)?;
        let grey = RGBColor(150, 150, 150);
        chart
            .draw_series(DashedLineSeries::new(
                linear.clone(),
                6,
                4,
                grey.stroke_width(1),
            ))
            .map_err(err)?
            .label("linear (dashed)")
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], grey));
        for (ii, points) in lines.into_iter().enumerate() {
            let color = COLORS[ii % COLORS.len()];
            chart
                .draw_series(LineSeries::new(points, color.stroke_width(2)).point_size(3))
                .map_err(err)?
                .label(m.interps[ii].label.as_str())
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 18, y)], color.stroke_width(2))
                });
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .label_font(("sans-serif", 11))
            .background_style(WHITE.mix(0.85))
            .border_style(RGBColor(200, 200, 200))
            .draw()
            .map_err(err)?;
    }
    root.present().map_err(err)?;
    Ok(())
}

//! Byte offset → (line, column) conversion.

/// Start offsets of every line of a source text. Lines end at `\n`, `\r\n` or a lone `\r`.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let bytes = src.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            starts,
            len: src.len() as u32,
        }
    }

    /// 1-based line and 0-based column (in UTF-8 bytes) of `byte_offset`.
    /// Offsets past the end map to the end of the text.
    pub fn line_col(&self, byte_offset: u32) -> (u32, u32) {
        let off = byte_offset.min(self.len);
        let line = match self.starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, off - self.starts[line])
    }

    /// Byte offset where 1-based `line` starts (the text length for lines past the end).
    pub fn line_start(&self, line: u32) -> u32 {
        let idx = line.saturating_sub(1) as usize;
        self.starts.get(idx).copied().unwrap_or(self.len)
    }

    /// Number of lines (a text ending in a newline has an empty last line).
    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    /// The text of 1-based `line`, without its line terminator ("" for lines out of range).
    pub fn line_text<'s>(&self, src: &'s str, line: u32) -> &'s str {
        let idx = match (line as usize).checked_sub(1) {
            Some(i) if i < self.starts.len() => i,
            _ => return "",
        };
        let start = self.starts[idx] as usize;
        let end = self
            .starts
            .get(idx + 1)
            .map(|&e| e as usize)
            .unwrap_or(src.len())
            .min(src.len());
        let start = start.min(end);
        src[start..end].trim_end_matches(['\n', '\r'])
    }

    /// 0-based column of `byte_offset` counted in characters rather than bytes.
    pub fn char_col(&self, src: &str, byte_offset: u32) -> u32 {
        let (line, col) = self.line_col(byte_offset);
        let start = self.line_start(line) as usize;
        let end = (start + col as usize).min(src.len());
        match src.get(start..end) {
            Some(s) => s.chars().count() as u32,
            None => col,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "ab\ncd\r\nef\rgh";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(0), (1, 0));
        assert_eq!(idx.line_col(1), (1, 1));
        assert_eq!(idx.line_col(2), (1, 2));
        assert_eq!(idx.line_col(3), (2, 0));
        assert_eq!(idx.line_col(7), (3, 0));
        assert_eq!(idx.line_col(10), (4, 0));
        assert_eq!(idx.line_col(100), (4, 2));
        assert_eq!(idx.line_text(src, 1), "ab");
        assert_eq!(idx.line_text(src, 2), "cd");
        assert_eq!(idx.line_text(src, 3), "ef");
        assert_eq!(idx.line_text(src, 4), "gh");
        assert_eq!(idx.line_text(src, 5), "");
        assert_eq!(idx.line_text(src, 0), "");
    }

    #[test]
    fn char_columns() {
        let src = "é = 'ü' + x";
        let idx = LineIndex::new(src);
        let x = src.find('x').unwrap() as u32;
        assert_eq!(idx.line_col(x), (1, 12));
        assert_eq!(idx.char_col(src, x), 10);
    }
}

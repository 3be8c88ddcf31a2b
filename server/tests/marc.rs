//! MARC import against real records: every record of the shared sample files is imported or
//! rejected with a reason, and titles and authors agree with an independent reader (yaz-marcdump,
//! Index Data's MARC tool, which does its own ISO 2709 parsing and MARC-8 conversion).

use std::path::{Path, PathBuf};
use std::process::Command;

use cml_hub::catalogue::{self, ImportSummary};
use cml_hub::db::Db;
use cml_hub::marc::{self, extract};

fn shared(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/data/marc")
        .join(path)
}

fn import(db: &Db, file: &Path) -> ImportSummary {
    let source = marc::open_file(file).unwrap();
    let mut summary = ImportSummary::default();
    catalogue::import(
        db,
        &file.display().to_string(),
        source.records,
        None,
        &mut summary,
        |_| {},
    )
    .unwrap();
    summary
}

/// A new hub database: PostgreSQL when `CML_TEST_POSTGRES_URL` is set, else SQLite.
fn temp_db() -> (cml_hub::testing::TestDatabase, Db) {
    let t = cml_hub::testing::TestDatabase::new();
    let db = Db::open(&t.url).unwrap();
    (t, db)
}

#[test]
fn every_sample_record_is_imported_or_rejected_with_a_reason() {
    let mut files = vec![
        shared("koha_sample_biblios.mrc"),
        shared("koha_sample_biblios.marcxml"),
        shared("koha_biblio368_danmarc_raw_0x1F_invalid.xml"),
    ];
    for dir in ["pymarc-tests", "marc-perl", "zebra", "zebra/sample-marc"] {
        let Ok(entries) = std::fs::read_dir(shared(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            let name = p.file_name().unwrap().to_string_lossy().to_lowercase();
            let marc_like = [".mrc", ".dat", ".usmarc", ".xml", ".marc", ".iso"]
                .iter()
                .any(|x| name.ends_with(x));
            if p.is_file() && marc_like && !name.contains("codetables") {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 40, "only {} sample files found", files.len());
    let (mut read, mut kept, mut rejected) = (0, 0, 0);
    for file in &files {
        let (_dir, db) = temp_db();
        let s = import(&db, file);
        assert_eq!(
            s.read,
            s.imported + s.updated + s.rejected.len() as u64,
            "{}",
            file.display()
        );
        for r in &s.rejected {
            assert!(!r.reason.is_empty() && r.position >= 1, "{}: {r:?}", file.display());
        }
        read += s.read;
        kept += s.imported + s.updated;
        rejected += s.rejected.len() as u64;
    }
    println!("{read} records read: {kept} imported, {rejected} rejected with a reason");
    // The Koha set is clean: all 435 records are kept.
    let (_dir, db) = temp_db();
    let koha = import(&db, &shared("koha_sample_biblios.mrc"));
    assert_eq!((koha.read, koha.rejected.len()), (435, 0));
    // Importing it again updates, never duplicates.
    let again = import(&db, &shared("koha_sample_biblios.mrc"));
    assert_eq!((again.imported, again.updated), (0, 435));
    let one = |sql: &str| db.read_blocking(|c| c.query_one(sql, &[])?.i64(0)).unwrap();
    assert_eq!(
        one("SELECT CAST(COUNT(*) AS BIGINT) FROM records"),
        434,
        "one control number appears twice in the file"
    );
    // Each record once in the feed (in the order last written), each of its ISBNs once.
    let feed = db
        .read_blocking(|c| cml_hub::feed::page(c, "catalogue", &["*".to_owned()], 0, 5000, true))
        .unwrap();
    assert_eq!((feed.total, feed.items.len(), feed.more), (Some(434), 434, false));
    let keys: std::collections::HashSet<&str> = feed.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys.len(), 434);
    let last: cml_api::CatalogueRecord = serde_json::from_str(feed.items[433].body.as_ref().unwrap().get()).unwrap();
    let in_file = marc::open_file(&shared("koha_sample_biblios.mrc")).unwrap().records;
    let file_last = extract::extract(&in_file.last().unwrap().unwrap(), None).unwrap();
    assert_eq!(
        last.control_number, file_last.control_number,
        "the file's last record was written last"
    );
    let isbns = one("SELECT CAST(COUNT(*) AS BIGINT) FROM record_isbns");
    assert!(isbns > 300, "{isbns} ISBNs");
    assert_eq!(
        one("SELECT CAST(COUNT(*) AS BIGINT) FROM (SELECT DISTINCT isbn13, record_id FROM record_isbns) d"),
        isbns
    );
}

/// yaz-marcdump's MARCXML for a file, with MARC-8 converted to UTF-8 by yaz when asked.
fn yaz_xml(file: &Path, marc8: bool) -> String {
    let mut cmd = Command::new("yaz-marcdump");
    cmd.args(["-i", "marc", "-o", "marcxml"]);
    if marc8 {
        cmd.args(["-f", "MARC-8", "-t", "UTF-8"]);
    }
    let out = cmd
        .arg(file)
        .output()
        .expect("yaz-marcdump (Debian package yaz) must be installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("yaz writes UTF-8")
}

fn compare_with_yaz(file: &Path, marc8: bool) -> usize {
    let ours: Vec<_> = marc::open_file(file).unwrap().records.filter_map(Result::ok).collect();
    let theirs: Vec<_> = marc::xml::read(&yaz_xml(file, marc8))
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    assert_eq!(ours.len(), theirs.len(), "{}", file.display());
    let mut compared = 0;
    for (a, b) in ours.iter().zip(&theirs) {
        let (Ok(x), Ok(y)) = (extract::extract(a, None), extract::extract(b, None)) else {
            continue;
        };
        assert_eq!(x.control_number, y.control_number);
        assert_eq!(x.title, y.title, "title of {}", x.control_number);
        assert_eq!(x.authors, y.authors, "authors of {}", x.control_number);
        compared += 1;
    }
    compared
}

#[test]
fn titles_and_authors_agree_with_yaz_marcdump() {
    assert_eq!(compare_with_yaz(&shared("koha_sample_biblios.mrc"), false), 435);
    let mut marc8 = 0;
    for f in ["marc8.dat", "diacritic.dat", "marc8-to-unicode.dat"] {
        marc8 += compare_with_yaz(&shared(&format!("pymarc-tests/{f}")), true);
    }
    assert!(marc8 >= 3, "{marc8}");
}

/// Records without any control number (as in Evergreen's Nepali test set, and many libraries'
/// exports) are imported, each under a fingerprint of its identifying fields; importing the same
/// file again updates them rather than adding them twice.
#[test]
fn records_without_a_control_number_are_imported_and_found_again_on_reimport() {
    let xml = r#"<collection xmlns="http://www.loc.gov/MARC21/slim">
<record><leader>00000nam a2200000 a 4500</leader>
 <datafield tag="100" ind1="1" ind2=" "><subfield code="a">देवकोटा, लक्ष्मीप्रसाद</subfield></datafield>
 <datafield tag="245" ind1="1" ind2="0"><subfield code="a">मुनामदन /</subfield></datafield>
 <datafield tag="260" ind1=" " ind2=" "><subfield code="b">साझा प्रकाशन,</subfield><subfield code="c">2063</subfield></datafield>
</record>
<record><leader>00000nam a2200000 a 4500</leader>
 <datafield tag="245" ind1="1" ind2="0"><subfield code="a">मुनामदन /</subfield></datafield>
 <datafield tag="250" ind1=" " ind2=" "><subfield code="a">दोस्रो संस्करण</subfield></datafield>
</record>
<record><leader>00000nam a2200000 a 4500</leader>
 <datafield tag="020" ind1=" " ind2=" "><subfield code="a">9789937000000</subfield></datafield>
 <datafield tag="245" ind1="1" ind2="0"><subfield code="a">शिरीषको फूल /</subfield></datafield>
</record>
</collection>"#;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nepali.xml");
    std::fs::write(&file, xml).unwrap();
    let (_t, db) = temp_db();
    let first = import(&db, &file);
    assert_eq!(
        (first.read, first.imported, first.updated),
        (3, 3, 0),
        "{:?}",
        first.rejected
    );
    assert!(first.rejected.is_empty());
    let again = import(&db, &file);
    assert_eq!(
        (again.read, again.imported, again.updated),
        (3, 0, 3),
        "{:?}",
        again.rejected
    );
    let numbers: Vec<String> = db
        .read_blocking(|c| {
            c.query("SELECT control_number FROM records ORDER BY id", &[])?
                .iter()
                .map(|r| r.str(0))
                .collect()
        })
        .unwrap();
    assert_eq!(numbers.len(), 3);
    // Two editions of one title are two records.
    assert!(
        numbers.iter().all(|n| n.starts_with("fp:") && n.len() == 19),
        "{numbers:?}"
    );
    assert_ne!(numbers[0], numbers[1]);
    assert_eq!(
        extract::fingerprint(&["Muna  Madan"]),
        extract::fingerprint(&["muna madan"])
    );
}

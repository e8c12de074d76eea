//! Contract test against an independent mock server: Stoplight Prism serves the effective
//! spec (seed + overlay) in dynamic mode, inventing answers from the response schemas and
//! validating every request against the parameters. Every read-only operation is called
//! with the generated client; each answer must decode, and Prism must report no request
//! validation error.
//!
//! Needs Prism (`npm install @stoplight/prism-cli@5.14.2`); `PRISM_BIN` names its binary
//! (default: `prism` on the PATH). `.ci/run` installs it and runs this test; see README.

#![allow(deprecated)]

use std::io::Read as _;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use netatmo_api::{Client, Error};
use tests::workspace_root;

/// Prism, killed when dropped.
struct Prism {
    child: Child,
    log: std::path::PathBuf,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Prism {
    fn log(&self) -> String {
        let mut text = String::new();
        if let Ok(mut f) = std::fs::File::open(&self.log) {
            let _ = f.read_to_string(&mut text);
        }
        text
    }
}

fn start_prism(spec: &Path, port: u16) -> Prism {
    let bin = std::env::var("PRISM_BIN").unwrap_or_else(|_| "prism".to_owned());
    let log = Path::new(env!("CARGO_TARGET_TMPDIR")).join("prism.log");
    let out = std::fs::File::create(&log).expect("log file");
    let err = out.try_clone().expect("log file");
    let child = Command::new(&bin)
        .args([
            "mock",
            "--dynamic",
            "--errors",
            "--seed",
            "netatmo",
            "--host",
            "127.0.0.1",
            "--port",
        ])
        .arg(port.to_string())
        .arg(spec)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start Prism (`{bin}`): {e}; install it as the README says")
        });
    let mut prism = Prism { child, log };
    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return prism;
        }
        if let Ok(Some(status)) = prism.child.try_wait() {
            panic!("Prism exited ({status}) before listening:\n{}", prism.log());
        }
        assert!(
            Instant::now() < deadline,
            "Prism did not listen within 90 s:\n{}",
            prism.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The read-only operations called each round.
const OPERATIONS: usize = 18;

#[tokio::test]
#[ignore = "needs Prism: see README"]
async fn every_read_only_operation_decodes_prisms_answers_and_prism_accepts_every_request() {
    let root = workspace_root();
    let read = |path: &str| std::fs::read_to_string(root.join(path)).expect("readable");
    let overlays = tests::overlays();
    let (tree, _) = codegen::effective_spec(&read(xtask::workspace::SPEC), &tests::strs(&overlays))
        .expect("the effective spec builds");
    let spec = Path::new(env!("CARGO_TARGET_TMPDIR")).join("netatmo.effective.json");
    std::fs::write(&spec, serde_json::to_vec_pretty(&tree).expect("JSON")).expect("written");

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let prism = start_prism(&spec, port);
    // Prism routes on the paths alone, without the spec's basePath.
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .access_token("contract-test-token")
        // One request per call, so that Prism's log counts them.
        .retry_policy(netatmo_api::runtime::RetryPolicy::never())
        .build()
        .expect("client builds");

    let device = "70:ee:50:00:00:01";
    let home = "5a1b2c3d4e5f6a7b8c9d0e1f";
    let mut outcomes: Vec<(&str, Result<(), Error>)> = Vec::new();
    // Several rounds: answers are invented afresh each time, so more shapes get decoded.
    for _ in 0..3 {
        outcomes.push((
            "device_list",
            client
                .device_list()
                .app_type("app_station")
                .send()
                .await
                .map(drop),
        ));
        // Prism validates this request, but cannot invent a JPEG ("Cannot find serializer for
        // image/jpeg"); only its request check counts here (the bytes are tested in operations.rs).
        match client.get_camera_picture("img", "key").send().await {
            Err(Error::Status { status, body, .. })
                if status.as_u16() == 500 && body.contains("serializer for image/jpeg") => {}
            other => outcomes.push(("get_camera_picture", other.map(drop))),
        }
        outcomes.push((
            "get_events_until",
            client.get_events_until("e1", home).send().await.map(drop),
        ));
        outcomes.push((
            "get_home_coachs_data",
            client
                .get_home_coachs_data()
                .device_id(device)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_home_data",
            client
                .get_home_data()
                .home_id(home)
                .size(5)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_last_event_of",
            client
                .get_last_event_of(home, "p1")
                .offset(2)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_measure",
            client
                .get_measure(device, "30min", ["Temperature", "Humidity"])
                .date_begin(1_700_000_000)
                .limit(100)
                .optimize(true)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_next_events",
            client
                .get_next_events("e1", home)
                .size(3)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_stations_data",
            client
                .get_stations_data()
                .device_id(device)
                .get_favorites(true)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_thermostats_data",
            client.get_thermostats_data().send().await.map(drop),
        ));
        outcomes.push((
            "get_therm_state",
            client
                .get_therm_state(device, "04:00:00:00:00:01")
                .send()
                .await
                .map(drop),
        ));
        outcomes.push(("get_user", client.get_user().send().await.map(drop)));
        // Weather and Security today.
        outcomes.push((
            "get_public_data",
            client
                .get_public_data(50.25, 8.85, 50.15, 8.7)
                .filter(true)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_events",
            client
                .get_events(home)
                .device_id(device)
                .device_types(["NOC"])
                .size(10)
                .send()
                .await
                .map(drop),
        ));
        // The Energy API people use today.
        outcomes.push((
            "homes_data",
            client
                .homes_data()
                .home_id(home)
                .gateway_types(["NAPlug", "OTH"])
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "home_status",
            client
                .home_status(home)
                .device_types(["NATherm1", "NRV"])
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "get_room_measure",
            client
                .get_room_measure(
                    home,
                    "2746182631",
                    "1hour",
                    ["temperature", "sp_temperature"],
                )
                .date_begin(1_700_000_000)
                .limit(100)
                .optimize(true)
                .send()
                .await
                .map(drop),
        ));
        outcomes.push((
            "partner_devices",
            client.partner_devices().send().await.map(drop),
        ));
    }
    let failures: Vec<String> = outcomes
        .iter()
        .filter_map(|(op, r)| r.as_ref().err().map(|e| format!("{op}: {e}")))
        .collect();
    let log = prism.log();
    assert!(
        failures.is_empty(),
        "calls failed:\n{}\n\nPrism's log:\n{log}",
        failures.join("\n")
    );
    let violations: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("[VALIDATOR]") && l.contains("error"))
        .collect();
    assert!(
        violations.is_empty(),
        "Prism reports request validation errors:\n{}",
        violations.join("\n")
    );
    let passed = log
        .matches("The request passed the validation rules")
        .count();
    assert_eq!(
        passed,
        3 * OPERATIONS,
        "Prism validated every request ({OPERATIONS} operations, 3 rounds):\n{log}"
    );
}

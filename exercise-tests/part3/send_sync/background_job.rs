use super::*;
use std::thread;

fn assert_send<T: Send>() {}

/// A job made from `template`, sharing its name.
fn from_template(template: &Job, steps: Vec<u32>) -> Job {
    Job {
        name: template.name.clone(),
        steps,
    }
}

#[test]
fn a_job_can_move_to_another_thread() {
    // Compiles only if a `Job` may be moved to another thread.
    assert_send::<Job>();
}

#[test]
fn the_report_names_the_job_and_its_total() {
    let template = Job {
        name: "nightly build".into(),
        steps: Vec::new(),
    };
    let handle = run_in_background(from_template(&template, vec![10, 20, 30]));
    assert_ne!(
        handle.thread().id(),
        thread::current().id(),
        "run_in_background should run the job on a new thread"
    );
    let report = handle.join().expect("the job's thread panicked");
    assert_eq!(
        report, "nightly build: 60 ms",
        "a job with steps 10, 20 and 30 ms should report \"nightly build: 60 ms\""
    );
}

#[test]
fn a_job_without_steps_takes_no_time() {
    let job = Job {
        name: "noop".into(),
        steps: Vec::new(),
    };
    let report = run_in_background(job)
        .join()
        .expect("the job's thread panicked");
    assert_eq!(
        report, "noop: 0 ms",
        "a job with no steps should report \"noop: 0 ms\""
    );
}

#[test]
fn jobs_from_one_template_share_its_name() {
    let template = Job {
        name: "deploy".into(),
        steps: Vec::new(),
    };
    let jobs: Vec<Job> = (1..=3).map(|n| from_template(&template, vec![n])).collect();
    for job in &jobs {
        assert!(
            std::ptr::eq(&*template.name, &*job.name),
            "a job's name should point to the template's text, not to a copy of it"
        );
    }
    let reports: Vec<String> = jobs
        .into_iter()
        .map(run_in_background)
        .map(|handle| handle.join().expect("a job's thread panicked"))
        .collect();
    assert_eq!(
        reports,
        ["deploy: 1 ms", "deploy: 2 ms", "deploy: 3 ms"],
        "three jobs from the \"deploy\" template with one step each should report their steps"
    );
}

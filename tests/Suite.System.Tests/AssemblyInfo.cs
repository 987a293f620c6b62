// Each test class starts whole suites of processes (the embedded host, or four services, a gateway and a
// broker). Run side by side on a small machine they would measure each other, not the suite.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

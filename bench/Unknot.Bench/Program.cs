using BenchmarkDotNet.Running;
using Unknot.Bench;

// `quality` compares the fast search with the exact one on 40-exercise catalogs; anything else goes to BenchmarkDotNet.
if (args is ["quality"])
{
    QualityReport.Run(Console.Out);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(PlannerBenchmarks).Assembly).Run(args);
return 0;

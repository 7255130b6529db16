using BenchmarkDotNet.Running;
using Unknot.Bench;

// `quality` compares the fast search with the exact one on 40-exercise catalogs; `seed`, `post` and `verify` serve
// bench/run.sh (the performance suite); anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["quality"]:
        QualityReport.Run(Console.Out);
        return 0;
    case ["seed", var count, var path]:
        Seed.Write(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path);
        return 0;
    case ["post", var url, var ackFile]:
        return Durability.Post(url, ackFile);
    case ["verify", var database, var ackFile]:
        return Durability.Verify(database, ackFile);
}
BenchmarkSwitcher.FromAssembly(typeof(PlannerBenchmarks).Assembly).Run(args);
return 0;

using BenchmarkDotNet.Running;
using Unknot.Bench;

// `quality` compares the fast search with the exact one on 40-exercise catalogs; `seed`, `post`, `verify` and `hosted` serve
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
    case ["hosted", var webApp, var baseline, var users, var connections, var seconds]:
        return await HostedLoad.Run(webApp, baseline, int.Parse(users, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(connections, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
}
BenchmarkSwitcher.FromAssembly(typeof(PlannerBenchmarks).Assembly).Run(args);
return 0;

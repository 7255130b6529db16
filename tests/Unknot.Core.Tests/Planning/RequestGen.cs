using FsCheck;
using FsCheck.Fluent;
using Unknot.Catalog;
using Unknot.Dosing;
using Unknot.Planning;

namespace Unknot.Core.Tests.Planning;

/// <summary>Random plan requests over the whole space of options.</summary>
internal static class RequestGen
{
    private static Gen<T[]> SubsetOf<T>(T[] items) =>
        Gen.ListOf(Gen.Elements(items)).Select(list => list.Distinct().ToArray());

    public static Arbitrary<PlanRequest> Requests(string[] avoidTags)
    {
        var gen = from minutes in Gen.Frequency((3, Gen.Choose(1, 20)), (1, Gen.Choose(1, 120)))
                  from place in Gen.Elements(Enum.GetValues<Place>())
                  from equipment in SubsetOf(Enum.GetValues<Equipment>())
                  from focus in Gen.Frequency((1, Gen.Constant(Array.Empty<Target>())), (3, SubsetOf(Enum.GetValues<Target>()).Select(f => f.Take(3).ToArray())))
                  from goal in Gen.Elements(Enum.GetValues<Goal>())
                  from avoid in Gen.Frequency((2, Gen.Constant(Array.Empty<string>())), (1, SubsetOf(avoidTags).Select(a => a.Take(2).ToArray())))
                  from level in Gen.Elements(Enum.GetValues<Level>())
                  from sets in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, PlanRequest.MaxSets)))
                  from seed in Gen.Choose(0, 1000)
                  select new PlanRequest(minutes, place)
                  {
                      Equipment = equipment,
                      Focus = focus,
                      Goal = goal,
                      Avoid = avoid,
                      Level = level,
                      Sets = sets,
                      Seed = seed,
                  };
        return gen.ToArbitrary();
    }
}

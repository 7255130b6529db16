// The start-up baseline of the performance suite: the smallest .NET program.
Console.WriteLine("Hello, World!");

using System.Text;
using Unknot.Files;

namespace Unknot.Cli.Commands;

/// <summary>The file a command writes (<c>export FILE</c>, <c>schedule --ics FILE</c>): checked before any work, <c>-</c> for standard output.</summary>
internal static class OutputFile
{
    /// <summary>The name that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>
    /// Null for <c>-</c> (standard output); otherwise <paramref name="path"/>, once it is known not to be empty, not
    /// a folder, a device or a pipe, in a folder that exists, and not an existing file unless <paramref name="force"/>.
    /// <paramref name="name"/> is how the user typed the argument or option, <paramref name="example"/> a file name to suggest.
    /// </summary>
    public static string? Check(string? path, bool force, string name, string example)
    {
        if (path is null || path.Trim().Length == 0)
        {
            throw new CliError($"{name}: give the name of the file to write, such as {example}, or - for standard output");
        }
        if (path == StandardOutput)
        {
            return null;
        }
        // Only a regular file is ever replaced (a rename over a device would replace the device), in a folder that exists.
        if (LocalFile.WriteProblem(path, example) is { } problem)
        {
            throw new CliError($"{name}: {problem}");
        }
        if (File.Exists(path) && !force)
        {
            throw new CliError($"{name}: {path} exists; add --force to replace it");
        }
        return path;
    }

    /// <summary>A write-only stream over <paramref name="writer"/>, for output produced as UTF-8 bytes.</summary>
    public static Stream Over(TextWriter writer) => new WriterStream(writer);

    private sealed class WriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[_decoder.GetCharCount(buffer, offset, count)];
            _decoder.GetChars(buffer, offset, count, chars, 0);
            writer.Write(chars);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

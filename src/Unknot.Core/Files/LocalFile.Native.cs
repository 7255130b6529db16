using System.Runtime.InteropServices;

namespace Unknot.Files;

// The system calls behind LocalFile: .NET does not say whether a path is a regular file, nor whether a folder takes writes.
public static partial class LocalFile
{
    private const int AtCurrentFolder = -100;
    private const uint WantTypeAndSize = 0x1 | 0x200;
    private const int NoSuchFile = 2;
    private const int NotAFolder = 20;
    private const int NoSystemCall = 38;
    private const int WriteAccess = 2;

    private static bool _noStatx;

    /// <summary>The kind and size of <paramref name="path"/>, following symbolic links.</summary>
    private static (FileKind Kind, long Size) Stat(string path)
    {
        if (OperatingSystem.IsLinux() && !Volatile.Read(ref _noStatx))
        {
            // struct statx has the same layout on every Linux architecture: stx_mode at byte 28, stx_size at byte 40.
            var buffer = new byte[256];
            try
            {
                if (Statx(AtCurrentFolder, path, 0, WantTypeAndSize, buffer) == 0)
                {
                    var size = BitConverter.ToInt64(buffer, 40);
                    return ((BitConverter.ToUInt16(buffer, 28) & 0xF000) switch
                    {
                        0x8000 => FileKind.Regular,
                        0x4000 => FileKind.Folder,
                        _ => FileKind.Other,
                    }, size);
                }
                var error = Marshal.GetLastPInvokeError();
                if (error is NoSuchFile or NotAFolder)
                {
                    return (FileKind.Missing, 0);
                }
                if (error != NoSystemCall)
                {
                    throw new IOException($"{Marshal.GetPInvokeErrorMessage(error)}: {path}");
                }
            }
            catch (EntryPointNotFoundException)
            {
                // A C library older than statx (glibc 2.28): the file system's own listing has to do.
            }
            Volatile.Write(ref _noStatx, true);
        }
        // Elsewhere .NET's view: it cannot tell a pipe or a device from a file.
        var info = new FileInfo(path);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        return Directory.Exists(path) ? (FileKind.Folder, 0) : target.Exists ? (FileKind.Regular, target.Length) : (FileKind.Missing, 0);
    }

    /// <summary>True when this process may create files in <paramref name="folder"/> (false on a read-only disk even for root).</summary>
    public static bool CanWrite(string folder) =>
        OperatingSystem.IsWindows() || Access(folder, WriteAccess) == 0;

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);
}

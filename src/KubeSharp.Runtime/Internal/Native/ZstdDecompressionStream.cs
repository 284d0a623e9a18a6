using System.Runtime.InteropServices;

namespace KubeSharp.Runtime.Internal.Native;

/// <summary>
/// Streaming zstd decompression over the system's libzstd (Debian's <c>libzstd1</c>, already a dependency of
/// apt itself), for <c>+zstd</c> layers. .NET has no zstd codec of its own.
/// </summary>
internal sealed unsafe partial class ZstdDecompressionStream : Stream
{
    private const string Lib = "libzstd.so.1";
    private readonly Stream _inner;
    private readonly byte[] _input = new byte[1 << 17];
    private IntPtr _stream;
    private int _inputSize;
    private int _inputPosition;
    private bool _innerEnded;

    public ZstdDecompressionStream(Stream inner)
    {
        _inner = inner;
        _stream = ZSTD_createDStream();
        if (_stream == IntPtr.Zero)
        {
            throw new IOException("ZSTD_createDStream failed");
        }

        CheckResult(ZSTD_initDStream(_stream));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            if (_inputPosition == _inputSize && !_innerEnded)
            {
                _inputSize = _inner.Read(_input, 0, _input.Length);
                _inputPosition = 0;
                _innerEnded = _inputSize == 0;
            }

            if (_inputPosition == _inputSize && _innerEnded)
            {
                return 0;
            }

            fixed (byte* output = buffer)
            fixed (byte* input = _input)
            {
                var outBuffer = new Buffer { Data = (IntPtr)output, Size = (nuint)buffer.Length, Position = 0 };
                var inBuffer = new Buffer { Data = (IntPtr)input, Size = (nuint)_inputSize, Position = (nuint)_inputPosition };
                CheckResult(ZSTD_decompressStream(_stream, &outBuffer, &inBuffer));
                _inputPosition = (int)inBuffer.Position;
                if (outBuffer.Position > 0)
                {
                    return (int)outBuffer.Position;
                }
            }
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (_stream != IntPtr.Zero)
        {
            _ = ZSTD_freeDStream(_stream);
            _stream = IntPtr.Zero;
        }

        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void CheckResult(nuint result)
    {
        if (ZSTD_isError(result) != 0)
        {
            throw new InvalidDataException("zstd: " + Marshal.PtrToStringUTF8(ZSTD_getErrorName(result)));
        }
    }

    [LibraryImport(Lib)]
    private static partial IntPtr ZSTD_createDStream();

    [LibraryImport(Lib)]
    private static partial nuint ZSTD_initDStream(IntPtr stream);

    [LibraryImport(Lib)]
    private static partial nuint ZSTD_freeDStream(IntPtr stream);

    [LibraryImport(Lib)]
    private static partial nuint ZSTD_decompressStream(IntPtr stream, Buffer* output, Buffer* input);

    [LibraryImport(Lib)]
    private static partial uint ZSTD_isError(nuint code);

    [LibraryImport(Lib)]
    private static partial IntPtr ZSTD_getErrorName(nuint code);

    [StructLayout(LayoutKind.Sequential)]
    private struct Buffer
    {
        public IntPtr Data;
        public nuint Size;
        public nuint Position;
    }
}

using KubeSharp.Testing.Images;

namespace KubeSharp.Runtime.Tests.Images;

/// <summary>Builds the test images once per test class into one OCI layout: busybox, and a three-layer whiteout image.</summary>
public sealed class TestImagesFixture : IDisposable
{
    private readonly TempDirectory _directory = new("kubesharp-images");

    public TestImagesFixture()
    {
        Layout = _directory.Combine("layout");
        Busybox = TestImage.Busybox().WriteOciLayout(Layout, "busybox");
        Whiteout = new TestImage()
            .Layer(TestLayer.Busybox().File("etc/removed.txt", "old").Directory("opaque").File("opaque/a", "a").File("opaque/b", "b").File("kept.txt", "kept"))
            .Layer(new TestLayer().File("added.txt", "new"))
            .Layer(new TestLayer().Whiteout("etc/removed.txt").Opaque("opaque").File("opaque/c", "c"))
            .WriteOciLayout(Layout, "whiteout");
    }

    public string Layout { get; }

    public WrittenImage Busybox { get; }

    public WrittenImage Whiteout { get; }

    public void Dispose() => _directory.Dispose();
}

package io.github.acplan.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Makes zip bombs out of a real Office document at test time: one entry is replaced by a deflate stream
 * of zeros that inflates to gigabytes while the archive stays a few megabytes. The stream is one
 * fully-flushed block of a mebibyte of zeros repeated (a full flush makes each copy independent of the
 * ones before it) and an empty final block, so making it costs no gigabytes of deflating; the archive
 * is written by hand because {@link java.util.zip.ZipOutputStream} cannot take data already deflated.
 */
final class ZipBombs {

  private static final int MIB = 1 << 20;

  private ZipBombs() {
  }

  /** One entry: its name, its deflated bytes, and the CRC and size of what they inflate to. */
  private record Entry(String name, byte[] deflated, long crc, long size) {}

  /**
   * The document with one entry replaced by zeros inflating to {@code mebibytes} MiB.
   *
   * @param document a DOCX or XLSX
   * @param bombed the name of the entry to replace
   * @param mebibytes the size the entry inflates to, below 4 GiB (no ZIP64)
   * @param first whether the bomb is moved to the front of the archive
   * @param hideSize whether the headers understate the bomb's size (1 MiB), as a hostile archive can:
   *     only inflating it shows its size
   * @return the archive
   */
  static byte[] replace(byte[] document, String bombed, int mebibytes, boolean first, boolean hideSize) {
    List<Entry> entries = new ArrayList<>();
    Entry real = zeros(bombed, mebibytes);
    Entry bomb = hideSize ? new Entry(real.name(), real.deflated(), real.crc(), MIB) : real;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(document))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(bombed)) {
          if (!first) {
            entries.add(bomb);
          }
        } else {
          entries.add(deflated(e.getName(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (first) {
      entries.add(0, bomb);
    }
    return archive(entries);
  }

  private static Entry deflated(String name, byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(data);
    return new Entry(name, out.toByteArray(), crc.getValue(), data.length);
  }

  private static Entry zeros(String name, int mebibytes) {
    byte[] zeros = new byte[MIB];
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(zeros);
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
      chunk.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
    deflater.end();
    byte[] block = chunk.toByteArray();
    ByteArrayOutputStream stream = new ByteArrayOutputStream(block.length * mebibytes + 2);
    CRC32 crc = new CRC32();
    for (int i = 0; i < mebibytes; i++) {
      stream.write(block, 0, block.length);
      crc.update(zeros);
    }
    stream.write(new byte[] {0x03, 0x00}, 0, 2); // an empty final block with fixed codes
    return new Entry(name, stream.toByteArray(), crc.getValue(), (long) mebibytes * MIB);
  }

  private static byte[] archive(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    for (Entry e : entries) {
      offsets.add(out.size());
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      ByteBuffer h = le(30 + name.length);
      h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
          .putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc()).putInt(e.deflated().length)
          .putInt((int) e.size()).putShort((short) name.length).putShort((short) 0).put(name);
      out.write(h.array(), 0, h.capacity());
      out.write(e.deflated(), 0, e.deflated().length);
    }
    int directory = out.size();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      ByteBuffer c = le(46 + name.length);
      c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
          .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc())
          .putInt(e.deflated().length).putInt((int) e.size()).putShort((short) name.length)
          .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
          .putInt(offsets.get(i)).put(name);
      out.write(c.array(), 0, c.capacity());
    }
    int size = out.size() - directory;
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
        .putShort((short) entries.size()).putInt(size).putInt(directory).putShort((short) 0);
    out.write(end.array(), 0, 22);
    return out.toByteArray();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}

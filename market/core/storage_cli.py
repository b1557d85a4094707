"""`flask storage ...`: move an installation's uploads from its local folders to S3-compatible storage."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from market.core.storage import NAMESPACES, LocalStorage, S3Storage, StorageUnavailable, guess_type, storage_for

storage_cli = AppGroup("storage", help="Uploaded files (pictures and certificates).")


@storage_cli.command("info")
def info():
    """Say which storage this configuration uses."""
    storage = storage_for(current_app)
    if isinstance(storage, S3Storage):
        click.echo(f"S3: bucket {storage.bucket}, keys under {storage.prefix or '(bucket root)'}public/ and private/")
    else:
        click.echo(f"Local folders: public {storage.roots['public']}, private {storage.roots['private']}")


@storage_cli.command("copy-to-s3")
@click.option("--dry-run", is_flag=True, help="Count what would be copied, copy nothing.")
def copy_to_s3(dry_run):
    """Copy UPLOAD_DIR and PRIVATE_DIR into the S3 bucket of S3_BUCKET. Objects already there are left
    alone, so it can run again (say, once before switching and once after) and copies only what is new."""
    target = storage_for(current_app)
    if not isinstance(target, S3Storage):
        raise click.ClickException("S3_BUCKET is not set: configure the bucket first (see the README).")
    source = LocalStorage(current_app.config["UPLOAD_DIR"], current_app.config["PRIVATE_DIR"])
    totals = {"copied": 0, "present": 0}
    try:
        for namespace in NAMESPACES:
            present = set(target.keys(namespace))  # one listing, not a HEAD request per file
            copied = 0
            for key in source.keys(namespace):
                if key in present:
                    totals["present"] += 1
                    continue
                if not dry_run:
                    target.put(namespace, key, source.path(namespace, key).read_bytes(), guess_type(key))
                copied += 1
            totals["copied"] += copied
            click.echo(f"{namespace}: {copied} {'to copy' if dry_run else 'copied'}")
    except StorageUnavailable as exc:
        raise click.ClickException(f"the bucket could not be reached ({exc.detail}); run the command again") from exc
    verb = "would copy" if dry_run else "copied"
    click.echo(f"Done: {verb} {totals['copied']} file(s), {totals['present']} already in the bucket.")

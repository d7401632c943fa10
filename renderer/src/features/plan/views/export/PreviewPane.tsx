import { Loader, SegmentedControl, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../../shared/contract/app';
import { paperMm, type PaperSize, type PrintDocument } from '../../../../../../shared/domain/plan/codes';
import { call } from '../../../../app/client';
import { errorMessage } from '../../../../app/notify';

/** CSS pixels per millimetre: the print document is laid out at 96 dpi. */
const PX_PER_MM = 96 / 25.4;

/**
 * The print document as the services render it, in an iframe that runs no script (`sandbox=""`)
 * and reads only the HTML given (`srcDoc`): the page is laid out at its paper's width and scaled
 * down to fit the pane, so the preview wraps lines where the print will.
 */
export function PreviewPane({ clusterId, what, lang, paper }: { clusterId: string; what: PrintDocument; lang: Language; paper: PaperSize }) {
  const { t } = useTranslation();
  const { ref, width, height } = useElementSize();
  // The answer is kept with the choices it was made for: other choices show the loader until theirs comes.
  const request = `${clusterId}|${what}|${lang}|${paper}`;
  const [shown, setShown] = useState<{ request: string; html: string | null; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    call('plan.preview', { clusterId, what, lang, paper }).then(
      (p) => live && setShown({ request, html: p.html, error: null }),
      (e: unknown) => live && setShown({ request, html: null, error: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [clusterId, what, lang, paper, request]);
  const current = shown?.request === request ? shown : null;
  const html = current?.html ?? null;
  const error = current?.error ?? null;
  const [fit, setFit] = useState<'page' | 'width'>('page');
  const pageWidth = paperMm[paper].width * PX_PER_MM;
  const pageHeight = paperMm[paper].height * PX_PER_MM;
  // A whole page in view to judge the layout, or the page's width to read it.
  const scale = width > 0 && height > 0 ? Math.min(1, width / pageWidth, fit === 'page' ? height / pageHeight : 1) : 1;
  return (
    <div className="plan-export__pane">
      <SegmentedControl
        size="xs"
        value={fit}
        onChange={(v) => setFit(v === 'width' ? 'width' : 'page')}
        data={[
          { value: 'page', label: t('planViews.export.fitPage') },
          { value: 'width', label: t('planViews.export.fitWidth') },
        ]}
        aria-label={t('planViews.export.zoom')}
        data-testid="plan-export-fit"
      />
      <div className="plan-export__preview" ref={ref} data-testid="plan-export-preview">
        {error ? (
          <Text role="alert" c="red.9" p="md">
            {error}
          </Text>
        ) : html === null ? (
          <Loader aria-label={t('planViews.export.previewLoading')} m="md" />
        ) : (
          <iframe
            title={t('planViews.export.previewTitle')}
            sandbox=""
            srcDoc={html}
            className="plan-export__frame"
            style={{ width: pageWidth, height: height / scale, transform: `scale(${scale})`, marginLeft: Math.max(0, (width - pageWidth * scale) / 2) }}
            data-testid="plan-export-frame"
          />
        )}
      </div>
    </div>
  );
}

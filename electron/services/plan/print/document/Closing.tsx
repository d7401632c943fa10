import { approvalHeadings } from '../../../../../shared/domain/plan/codes';
import type { Approval } from '../../../../../shared/domain/plan/schemas';
import type { PrintModel } from '../printModel';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** One signature block: heading, title, blank space to sign, the name underlined, the NIP where given. */
function ApprovalBlock({ approval }: { approval: Approval }) {
  const { t } = useWords();
  return (
    <div className="approval">
      <div>{t(`plan.codes.approvalHeadings.${approval.heading}`)},</div>
      <div className="approval-title">
        <Txt>{approval.title}</Txt>
      </div>
      <div className="signature-space" />
      <div className="approval-name">{approval.name.trim() === '' ? t('planPrint.closing.nameBlank') : <Txt>{approval.name}</Txt>}</div>
      {/* Kept when empty, so names stand on one line across the blocks. */}
      <div className="approval-nip">{approval.nip.trim() !== '' && t('planPrint.closing.nip', { nip: approval.nip.trim() })}</div>
    </div>
  );
}

/**
 * The place-and-date line ("Kebumen, 28 November 2026") and the approval blocks as Indonesian
 * official documents set them: "Mengetahui" on the left, "Menyetujui" on the right, kept on one page.
 */
export function Closing({ model }: { model: PrintModel }) {
  const { t } = useWords();
  // Mengetahui first, then Menyetujui, each in the order written.
  const approvals = approvalHeadings.flatMap((h) => model.plan.header.approvals.filter((a) => a.heading === h));
  return (
    <section className="closing" id="section-closing" aria-label={t('planPrint.closingHeading')}>
      <p className="place-date">
        {model.place.trim() === '' ? (
          model.dateText
        ) : (
          <>
            <Txt>{model.place}</Txt>, {model.dateText}
          </>
        )}
      </p>
      {approvals.length > 0 && (
        <div className="approvals">
          {approvals.map((a) => (
            <ApprovalBlock key={a.id} approval={a} />
          ))}
        </div>
      )}
    </section>
  );
}
